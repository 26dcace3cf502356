namespace Registry.Core.Disputes;

/// <summary>What a claimant says about a work; the values are the contract's <c>ClaimType</c>.</summary>
public enum DisputeClaim
{
    /// <summary>"I am the author": the claimant says the work is theirs.</summary>
    Authorship = 0,

    /// <summary>"It copies work #N": the claimant names the registered work it copies.</summary>
    Copies = 1,

    /// <summary>"It breaks the law or platform rules".</summary>
    Unlawful = 2,
}
