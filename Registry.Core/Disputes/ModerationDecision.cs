namespace Registry.Core.Disputes;

/// <summary>The audit record of a ruling given through the app: who decided, when, what, and the transaction.</summary>
public sealed class ModerationDecision
{
    public long Id { get; set; }

    public long DisputeId { get; set; }

    /// <summary>The app account that ruled.</summary>
    public required string UserId { get; set; }

    /// <summary>Its chain address (lower-case hex), which signed the ruling.</summary>
    public required string Moderator { get; set; }

    /// <summary>True for the ruling on an appeal.</summary>
    public bool Appeal { get; set; }

    public DisputeRuling Ruling { get; set; }

    public required string ReasonCid { get; set; }

    /// <summary>Licence ids revoked by the ruling, joined by ",".</summary>
    public string RevokedLicences { get; set; } = "";

    public required string TransactionHash { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
