namespace Registry.Core.Disputes;

/// <summary>
/// A dispute on a work as the indexer mirrored it from the disputes contract's events: the claim, and the latest
/// state of each step (the steps themselves are the work's timeline events that carry this dispute's id).
/// Addresses are lower-case hex; CIDs are the evidence and reason documents on the content store.
/// </summary>
public sealed class Dispute
{
    public long DisputeId { get; set; }

    public long WorkId { get; set; }

    public required string Claimant { get; set; }

    public DisputeClaim Claim { get; set; }

    /// <summary>The work this one is said to copy (claim <see cref="DisputeClaim.Copies"/> only).</summary>
    public long? CopiedWorkId { get; set; }

    /// <summary>The bond paid in wei, as decimal digits.</summary>
    public required string Bond { get; set; }

    public required string EvidenceCid { get; set; }

    public DisputeStatus Status { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The owner's latest counter-statement.</summary>
    public string? CounterStatementCid { get; set; }

    public DisputeRuling? Ruling { get; set; }

    public string? Moderator { get; set; }

    /// <summary>The work's owner when the first ruling was made: with the claimant, the parties who may appeal.</summary>
    public string? OwnerAtRuling { get; set; }

    public string? ReasonCid { get; set; }

    public DateTimeOffset? RuledAt { get; set; }

    /// <summary>Licence ids the ruling and the appeal's ruling revoked, in that order, joined by ",".</summary>
    public string RevokedLicences { get; set; } = "";

    public string? Appellant { get; set; }

    public string? AppealEvidenceCid { get; set; }

    public DateTimeOffset? AppealedAt { get; set; }

    public DisputeRuling? AppealRuling { get; set; }

    public string? AppealModerator { get; set; }

    public string? AppealReasonCid { get; set; }

    public DateTimeOffset? AppealRuledAt { get; set; }

    /// <summary>Who the bond was credited to when the dispute became final (the claimant when upheld, the platform when dismissed).</summary>
    public string? BondCreditedTo { get; set; }

    /// <summary>The block of the opening event.</summary>
    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    /// <summary>The ruling in force: the appeal's when there was one, else the first.</summary>
    public DisputeRuling? FinalRuling => AppealRuling ?? Ruling;
}
