namespace Registry.Core.Licensing;

/// <summary>A licence (an ERC-721 token of the licensing contract) as the indexer mirrored it.</summary>
public sealed class Licence
{
    public long LicenceId { get; set; }

    public long OfferId { get; set; }

    public long WorkId { get; set; }

    /// <summary>Who bought it, lower-case hex.</summary>
    public required string Buyer { get; set; }

    /// <summary>Who holds it now (differs from the buyer after a transfer), lower-case hex.</summary>
    public required string Holder { get; set; }

    public required string Currency { get; set; }

    /// <summary>What was paid, in the currency's smallest unit, as decimal digits.</summary>
    public required string Price { get; set; }

    public LicenceUsage Usage { get; set; }

    /// <summary>The offer's territories at purchase: ISO 3166-1 alpha-2 codes joined by ","; empty = worldwide.</summary>
    public required string Territories { get; set; }

    public bool Exclusive { get; set; }

    public bool Transferable { get; set; }

    public DateTimeOffset ValidFrom { get; set; }

    /// <summary>Null for a perpetual licence.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    public bool Revoked { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }
}
