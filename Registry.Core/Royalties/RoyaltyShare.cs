namespace Registry.Core.Royalties;

/// <summary>One recipient of a work's royalties and their part in basis points (a split sums to 10,000).</summary>
public sealed record RoyaltyShare(string Recipient, ushort BasisPoints)
{
    public const ushort Whole = 10_000;
}
