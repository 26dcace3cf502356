namespace Registry.Core.Works;

/// <summary>What a creator says about a work; it goes into the metadata document on the content store, never on-chain.</summary>
public sealed record WorkDetails(string Title, string Description, WorkKind Kind, IReadOnlyList<string> Tags, bool Publish = true);
