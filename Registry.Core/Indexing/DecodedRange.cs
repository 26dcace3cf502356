namespace Registry.Core.Indexing;

/// <summary>
/// A range with its registrations already decoded into rows, so that decoding happens while the range before it is
/// written. <see cref="Registrations"/> runs parallel to the range's logs: the rows of a registry WorkRegistered log,
/// null for every other log.
/// </summary>
internal sealed record DecodedRange(LogRange Range, IReadOnlyList<RegistrationRows?> Registrations)
{
    public static DecodedRange Of(LogRange range, string registryAddress)
    {
        var rows = new RegistrationRows?[range.Logs.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var log = range.Logs[i];
            if (log.IsFrom(registryAddress) && RegistryLogDecoder.IsWorkRegistered(log))
                rows[i] = RegistrationRows.For(log, RegistryLogDecoder.DecodeWorkRegistered(log), range.BlockTimes[log.BlockNumber]);
        }
        return new DecodedRange(range, rows);
    }
}
