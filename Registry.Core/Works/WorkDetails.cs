namespace Registry.Core.Works;

/// <summary>What a creator says about a work; it goes into the metadata document on the content store, never on-chain.</summary>
/// <param name="ConfirmOwnWork">The creator was shown registered works that look like this one and confirms it is their own.</param>
/// <param name="Split">
/// The royalty split as typed ("0x…:6000; 0x…:4000", see <see cref="Royalties.SplitInput"/>); null or empty: the creator alone.
/// Unlike the rest it does go on-chain, and purchases pay by it.
/// </param>
public sealed record WorkDetails(string Title, string Description, WorkKind Kind, IReadOnlyList<string> Tags, bool Publish = true, bool ConfirmOwnWork = false, string? Split = null);
