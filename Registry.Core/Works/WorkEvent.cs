namespace Registry.Core.Works;

/// <summary>
/// One contract event in a work's provenance timeline (the registry's, the licensing contract's about the work's
/// offers and licences, and the disputes contract's about disputes on it); unique by transaction hash and log index.
/// </summary>
public sealed class WorkEvent
{
    public long Id { get; set; }

    public long WorkId { get; set; }

    public WorkEventKind Kind { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>The offer an offer or licence event is about.</summary>
    public long? OfferId { get; set; }

    /// <summary>The licence a licence event is about.</summary>
    public long? LicenceId { get; set; }

    /// <summary>The dispute a dispute event is about.</summary>
    public long? DisputeId { get; set; }

    /// <summary>The document a dispute step put on the content store: evidence, counter-statement, appeal or reason.</summary>
    public string? DocumentCid { get; set; }

    /// <summary>The ruling of a ruling event.</summary>
    public Registry.Core.Disputes.DisputeRuling? Ruling { get; set; }

    /// <summary>Licence ids a ruling (or an appeal's ruling) revoked, joined by ","; null when none.</summary>
    public string? RevokedLicences { get; set; }

    /// <summary>
    /// The royalty split a registration or a reassignment set, as <see cref="Work.Split"/>, so that a reorganisation
    /// orphaning a reassignment can restore the split before it.
    /// </summary>
    public string? Split { get; set; }

    public long BlockNumber { get; set; }

    public required string BlockHash { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
