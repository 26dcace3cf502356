namespace Registry.Core.Royalties;

/// <summary>
/// A typed split, read: either <see cref="Shares"/> (lower-case addresses, in typed order; empty when nothing was
/// typed, which means the creator alone) or the <see cref="Problem"/> that stops it.
/// </summary>
public sealed record SplitInputResult(IReadOnlyList<RoyaltyShare> Shares, SplitProblem? Problem)
{
    public bool IsValid => Problem is null;

    /// <summary>Nothing typed: the registering account receives everything.</summary>
    public bool IsCreatorAlone => IsValid && Shares.Count == 0;
}
