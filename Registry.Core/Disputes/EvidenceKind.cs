namespace Registry.Core.Disputes;

/// <summary>What a document on the content store is for; written in it as "evidence", "counter-statement", "appeal" or "reason".</summary>
public enum EvidenceKind
{
    /// <summary>The claimant's statement opening a dispute.</summary>
    Evidence,

    /// <summary>The work owner's answer.</summary>
    CounterStatement,

    /// <summary>A party's appeal of the ruling.</summary>
    Appeal,

    /// <summary>A moderator's written reason for a ruling.</summary>
    Reason,
}
