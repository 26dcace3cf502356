namespace Registry.Core.Licensing;

/// <summary>A problem with one field of an <see cref="OfferRequest"/>.</summary>
/// <param name="Field">The request's property: "Price", "DurationDays", "Usage", "Territories", "MaxSupply" or "Terms".</param>
/// <param name="Arguments">The values filled into <paramref name="Message"/>, in placeholder order.</param>
public sealed record OfferFieldProblem(string Field, OfferProblem Problem, string Message, IReadOnlyList<string> Arguments);
