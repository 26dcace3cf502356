namespace Registry.Core.Licensing;

/// <summary>A mined <c>createOffer</c>: the new offer's id from its <c>OfferCreated</c> event.</summary>
public sealed record SentOffer(long OfferId, string TransactionHash);
