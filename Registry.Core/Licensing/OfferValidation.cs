namespace Registry.Core.Licensing;

/// <summary>The checked offer, or every field problem found (then <see cref="Input"/> is null).</summary>
public sealed record OfferValidation(OfferInput? Input, IReadOnlyList<OfferFieldProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
