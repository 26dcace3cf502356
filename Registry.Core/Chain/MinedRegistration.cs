namespace Registry.Core.Chain;

public sealed record MinedRegistration(long WorkId, string Creator, long BlockNumber, string BlockHash, DateTimeOffset Timestamp);
