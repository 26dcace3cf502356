namespace Registry.Core.Chain;

/// <summary>The contract reverted with WorkRegistryAlreadyRegistered: the same content hash is work <see cref="WorkId"/>.</summary>
public sealed class WorkAlreadyRegisteredException(long workId)
    : Exception($"The content is already registered as work #{workId}.")
{
    public long WorkId { get; } = workId;
}
