namespace Registry.Web.Api;

public sealed record PurchaseResponse(long LicenceId, long OfferId, string TxHash);
