using Registry.Core.Registration;

namespace Registry.Web.Api;

public sealed record RegistrationResponse(
    Guid RegistrationId,
    string State,
    string? Reason,
    string? PendingReason,
    long? ExistingWorkId,
    string Sha256,
    string Cid,
    string? MetadataCid,
    string? TxHash,
    long? WorkId,
    string? Owner,
    long? BlockNumber,
    DateTimeOffset? Timestamp)
{
    public static RegistrationResponse From(WorkRegistration r) => new(
        r.Id, r.State.ToString().ToLowerInvariant(), r.FailureReason, r.PendingReason, r.ExistingWorkId,
        r.Sha256, r.Cid, r.MetadataCid, r.TransactionHash, r.WorkId, r.Owner, r.BlockNumber, r.ConfirmedAt);
}
