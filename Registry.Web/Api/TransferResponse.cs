namespace Registry.Web.Api;

public sealed record TransferResponse(long WorkId, string To, string TxHash);
