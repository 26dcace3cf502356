using System.Globalization;
using Registry.Core.Chain;

namespace Registry.Core.Indexing;

/// <summary>
/// Reads block ranges of logs with an adaptive size: it starts at <see cref="InitialSpan"/> blocks, halves when the
/// node refuses a range as too large (and retries at once) or a range returned more than twice
/// <see cref="IndexerOptions.TargetLogsPerRange"/> logs, and doubles up to <see cref="IndexerOptions.MaxBlockRange"/>
/// when one returned fewer than half as many, but not back to a size the node refused until
/// <see cref="RangesBeforeRetryingRefusedSize"/> ranges have passed. The size carries over from range to range and pass
/// to pass. Each range comes with its block times and its newest headers from one batched call, checked against the
/// logs' block hashes.
/// </summary>
internal sealed class LogRangeReader(ChainLogSource source, IReadOnlyList<string> addresses, IndexerOptions options)
{
    /// <summary>Small, so that a first range of a dense chain stays small; a quiet chain reaches the cap in a few ranges.</summary>
    public const int InitialSpan = 16;

    /// <summary>Ranges read after a refusal before the size may grow to the refused one again (the chain may be quieter there).</summary>
    public const int RangesBeforeRetryingRefusedSize = 32;

    private int? _refusedSpan;
    private int _rangesSinceRefusal;

    public int Span { get; private set; } = Math.Min(InitialSpan, Math.Max(1, options.MaxBlockRange));

    /// <summary>The range starting at <paramref name="from"/>, as long as the current size allows and at most to <paramref name="target"/>.</summary>
    public async Task<LogRange> ReadAsync(long from, long target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var to = Math.Min(from + Math.Min(Span, Cap) - 1, target);
            List<RawLog> logs;
            try
            {
                logs = await source.GetLogsAsync(addresses, from, to, cancellationToken);
            }
            catch (JsonRpcErrorException e) when (e.RangeTooLarge && to > from)
            {
                _refusedSpan = (int)(to - from + 1);
                _rangesSinceRefusal = 0;
                Span = Math.Max(1, _refusedSpan.Value / 2);
                continue;
            }
            Adapt(logs.Count);
            return await CompleteAsync(from, to, logs, cancellationToken);
        }
    }

    private int Cap => Math.Max(1, options.MaxBlockRange);

    private void Adapt(int logs)
    {
        if (_refusedSpan is not null && ++_rangesSinceRefusal >= RangesBeforeRetryingRefusedSize) _refusedSpan = null;
        var target = Math.Max(1, options.TargetLogsPerRange);
        if (logs > 2L * target) Span = Math.Max(1, Span / 2);
        else if (logs < target / 2) Span = Math.Max(Span, (int)Math.Min(Math.Min(2L * Span, Cap), (_refusedSpan ?? int.MaxValue) - 1L));
    }

    private async Task<LogRange> CompleteAsync(long from, long to, List<RawLog> logs, CancellationToken cancellationToken)
    {
        if (!InChainOrder(logs)) logs.Sort((a, b) => a.BlockNumber != b.BlockNumber ? a.BlockNumber.CompareTo(b.BlockNumber) : a.LogIndex.CompareTo(b.LogIndex));
        var recentFrom = Math.Max(from, to - Math.Max(1, options.ReorgWindow) + 1);
        var numbers = new SortedSet<long>();
        for (var n = recentFrom; n <= to; n++) numbers.Add(n);
        foreach (var log in logs)
            if (log.BlockTimestamp is null) numbers.Add(log.BlockNumber);
        var headers = (await source.GetHeadersAsync(numbers.ToList(), cancellationToken)).ToDictionary(h => h.Number);

        var times = new Dictionary<long, DateTimeOffset>();
        foreach (var log in logs)
        {
            if (headers.TryGetValue(log.BlockNumber, out var header) && header.Hash != log.BlockHash) throw Reorganised(log.BlockNumber);
            if (!times.ContainsKey(log.BlockNumber))
                times[log.BlockNumber] = header?.Time ?? DateTimeOffset.FromUnixTimeSeconds(log.BlockTimestamp!.Value);
        }
        var recent = Enumerable.Range(0, (int)(to - recentFrom + 1)).Select(i => headers[recentFrom + i]).ToList();
        for (var i = 1; i < recent.Count; i++)
            if (recent[i].ParentHash != recent[i - 1].Hash) throw Reorganised(recent[i].Number);
        return new LogRange(from, to, logs, times, recent.Select(h => h.ToBlockHeader()).ToList());
    }

    private static bool InChainOrder(List<RawLog> logs)
    {
        for (var i = 1; i < logs.Count; i++)
            if (logs[i].BlockNumber < logs[i - 1].BlockNumber || (logs[i].BlockNumber == logs[i - 1].BlockNumber && logs[i].LogIndex <= logs[i - 1].LogIndex))
                return false;
        return true;
    }

    private static ChainUnavailableException Reorganised(long block) =>
        new($"The chain was reorganised at block {block.ToString(CultureInfo.InvariantCulture)} while its logs were read; the range is read again on the next pass.");
}
