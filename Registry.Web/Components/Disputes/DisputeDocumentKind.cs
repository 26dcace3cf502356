namespace Registry.Web.Components.Disputes;

/// <summary>Which step put a document of a dispute on the content store.</summary>
public enum DisputeDocumentKind
{
    /// <summary>The claimant's evidence, with the claim.</summary>
    Evidence,

    /// <summary>The owner's response.</summary>
    CounterStatement,

    /// <summary>A party's statement with an appeal.</summary>
    Appeal,

    /// <summary>A moderator's written reason for a ruling.</summary>
    Reason,
}
