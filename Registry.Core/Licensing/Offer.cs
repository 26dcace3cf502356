namespace Registry.Core.Licensing;

/// <summary>A licence offer on a work as the indexer mirrored it from the licensing contract's events.</summary>
public sealed class Offer
{
    public long OfferId { get; set; }

    public long WorkId { get; set; }

    /// <summary>The work's owner who made the offer, lower-case hex.</summary>
    public required string Seller { get; set; }

    /// <summary>The price in the currency's smallest unit (wei for the native coin), as decimal digits: amounts exceed 64 bits.</summary>
    public required string Price { get; set; }

    /// <summary>The zero address for the native coin, else the ERC-20 token's address, lower-case hex.</summary>
    public required string Currency { get; set; }

    /// <summary>0 = perpetual.</summary>
    public int DurationDays { get; set; }

    public LicenceUsage Usage { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes joined by ","; empty = worldwide.</summary>
    public required string Territories { get; set; }

    public bool Exclusive { get; set; }

    public bool Transferable { get; set; }

    /// <summary>0 = no cap.</summary>
    public int MaxSupply { get; set; }

    public int Sold { get; set; }

    public OfferStatus Status { get; set; }

    public required string TermsCid { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
