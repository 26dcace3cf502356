namespace Registry.Core.Disputes;

/// <summary>Where a dispute stands; the values are the contract's <c>Status</c> (0, none, is never stored).</summary>
public enum DisputeStatus
{
    /// <summary>Waiting for a moderator; the owner may respond.</summary>
    Open = 1,

    /// <summary>Ruled; either party may appeal within the appeal window.</summary>
    Ruled = 2,

    /// <summary>Appealed; waiting for a different moderator.</summary>
    Appealed = 3,

    /// <summary>Final: the appeal was ruled, or the window passed and the bond was settled.</summary>
    Closed = 4,
}
