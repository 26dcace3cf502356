using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Search;

/// <summary>
/// The registered works' perceptual fingerprints in memory, one array set per kind, so that a near-duplicate
/// lookup is a popcount scan of 8 bytes per work of that kind (about 12 bytes per work held, with work ids up to
/// 2^32). Many threads may look up while one adds or removes: lookups never lock. Loaded once from the read model
/// at start, then kept current by the indexer.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int MaxDistance = 64;

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly bool _vectorise;
    private Shards _shards = new();
    private long _highestWorkId;

    public NearDuplicateIndex()
        : this(vectorise: true)
    {
    }

    /// <param name="vectorise">False forces the scalar scan (to compare the two).</param>
    internal NearDuplicateIndex(bool vectorise) => _vectorise = vectorise;

    public int Count
    {
        get
        {
            var shards = Volatile.Read(ref _shards);
            return shards.Image.Count + shards.Text.Count;
        }
    }

    /// <summary>Bytes the fingerprint and id arrays take, the unused end of each kind's last chunk included.</summary>
    public long AllocatedBytes
    {
        get
        {
            var shards = Volatile.Read(ref _shards);
            return shards.Image.AllocatedBytes + shards.Text.AllocatedBytes;
        }
    }

    /// <summary>
    /// Replaces the contents with the works of the read model that have a fingerprint and a kind. Adds and removals
    /// wait until it is done; lookups meanwhile see the previous contents.
    /// </summary>
    public async Task LoadAsync(IDbContextFactory<RegistryDbContext> dbFactory, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var shards = new Shards();
            var highest = 0L;
            // Straight from the data reader: a million rows through EF's materialiser would take several times longer.
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT WorkId, Fingerprint, FingerprintKind FROM Works
                WHERE Fingerprint <> 0 AND FingerprintKind IS NOT NULL ORDER BY WorkId
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var workId = reader.GetInt64(0);
                if (!Enum.TryParse<FingerprintKind>(reader.GetString(2), out var kind)) continue;
                shards.For(kind).Append(ToIndexedId(workId), unchecked((ulong)reader.GetInt64(1)));
                highest = workId;
            }
            Volatile.Write(ref _shards, shards);
            _highestWorkId = highest;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Indexes a work (replacing what was indexed for it before). Amortised O(1) when work ids arrive in increasing
    /// order, as the chain mints them; a lower id than seen before costs a scan for the earlier entry. A zero
    /// fingerprint means none, as in the read model: the work is then not indexed.
    /// </summary>
    public void Add(long workId, FingerprintKind kind, ulong fingerprint)
    {
        var id = ToIndexedId(workId);
        _writer.Wait();
        try
        {
            var shards = _shards;
            if (workId <= _highestWorkId) RemoveCore(shards, id);
            else _highestWorkId = workId;
            if (fingerprint != 0) shards.For(kind).Append(id, fingerprint);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Forgets a work (a reorganisation rolled its registration back).</summary>
    /// <returns>Whether it was indexed.</returns>
    public bool Remove(long workId)
    {
        if (workId is <= 0 or > uint.MaxValue) return false;
        _writer.Wait();
        try
        {
            return RemoveCore(_shards, (uint)workId);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// The works of the same kind whose fingerprints differ from <paramref name="fingerprint"/> in at most
    /// <paramref name="maxDistance"/> bits, nearest first (then by work id), at most <paramref name="limit"/> of them.
    /// </summary>
    public IReadOnlyList<SimilarWork> FindWithin(ulong fingerprint, FingerprintKind kind, int maxDistance, int limit) =>
        FindWithin([fingerprint], kind, maxDistance, limit);

    /// <summary>
    /// The works of the same kind within <paramref name="maxDistance"/> bits of any of <paramref name="probes"/>, each
    /// at its nearest probe's distance, nearest first (then by work id), at most <paramref name="limit"/> of them.
    /// </summary>
    public IReadOnlyList<SimilarWork> FindWithin(IReadOnlyList<ulong> probes, FingerprintKind kind, int maxDistance, int limit)
    {
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, MaxDistance);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var collector = new NearestCollector(maxDistance, limit);
        var shard = Volatile.Read(ref _shards).For(kind);
        foreach (var probe in probes)
            shard.Scan(probe, collector, _vectorise);
        return collector.ToResult();
    }

    private static bool RemoveCore(Shards shards, uint id) => shards.Image.Remove(id) | shards.Text.Remove(id);

    private static uint ToIndexedId(long workId) =>
        workId is > 0 and <= uint.MaxValue
            ? (uint)workId
            : throw new ArgumentOutOfRangeException(nameof(workId), workId, "Work ids run from 1 to 2^32 - 1 in the near-duplicate index.");

    private sealed class Shards
    {
        public FingerprintShard Image { get; } = new();

        public FingerprintShard Text { get; } = new();

        public FingerprintShard For(FingerprintKind kind) => kind switch
        {
            FingerprintKind.Image => Image,
            FingerprintKind.Text => Text,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
