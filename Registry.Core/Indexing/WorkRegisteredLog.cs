namespace Registry.Core.Indexing;

/// <summary>The registry's WorkRegistered event, decoded from a <see cref="RawLog"/> by <see cref="RegistryLogDecoder"/>.</summary>
internal sealed record WorkRegisteredLog(
    long WorkId, byte[] ContentHash, string Creator, byte[] ContentCid, byte[] MetadataCid, ulong Fingerprint,
    IReadOnlyList<string> Recipients, IReadOnlyList<ushort> Shares);
