using Registry.Core.Royalties;

namespace Registry.Web.Api;

/// <summary>One recipient of a work's royalties as registered on-chain; purchases pay by these shares (basis points of 10,000).</summary>
public sealed record RoyaltyShareResponse(string Recipient, int BasisPoints)
{
    public static IReadOnlyList<RoyaltyShareResponse> Of(string split) =>
        RoyaltySplit.Parse(split).Select(s => new RoyaltyShareResponse(s.Recipient, s.BasisPoints)).ToList();
}
