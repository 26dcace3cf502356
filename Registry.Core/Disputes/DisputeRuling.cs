namespace Registry.Core.Disputes;

/// <summary>A moderator's decision; the values are the contract's <c>Ruling</c>.</summary>
public enum DisputeRuling
{
    /// <summary>The claim is not upheld; the bond goes to the platform.</summary>
    Dismissed = 0,

    /// <summary>Upheld: the work is shown as contested; sales continue.</summary>
    Flagged = 1,

    /// <summary>Upheld: no new licences are sold; existing ones stay valid unless the ruling revokes them.</summary>
    Frozen = 2,

    /// <summary>Upheld: the work now belongs to the claimant, and its royalties follow the claimant's split.</summary>
    Reassigned = 3,
}
