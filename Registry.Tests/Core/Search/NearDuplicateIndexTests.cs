using Registry.Core.Search;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Search;

public sealed class NearDuplicateIndexTests
{
    private const ulong Query = 0x9E37_79B9_7F4A_7C15;

    [Fact]
    public void FindWithin_WhenSameFingerprintIndexed_FindsItAtDistanceZero()
    {
        var index = new NearDuplicateIndex();
        index.Add(7, FingerprintKind.Image, Query);

        Assert.Equal([new SimilarWork(7, 0)], index.FindWithin(Query, FingerprintKind.Image, 10, 5));
    }

    [Fact]
    public void FindWithin_NearFingerprints_ReturnsThemNearestFirst()
    {
        var index = new NearDuplicateIndex();
        // Added farthest first, so the order of the answer is the index's doing.
        for (var distance = 10; distance >= 1; distance--)
            index.Add(100 - distance, FingerprintKind.Image, FlipBits(Query, distance));

        var found = index.FindWithin(Query, FingerprintKind.Image, 10, 20);

        Assert.Equal(Enumerable.Range(1, 10).Select(d => new SimilarWork(100 - d, d)), found);
    }

    [Fact]
    public void FindWithin_SeveralProbes_FindsWorksNearAnyAtTheirNearestDistanceOnce()
    {
        var otherProbe = ~Query;
        var index = new NearDuplicateIndex();
        index.Add(1, FingerprintKind.Image, FlipBits(Query, 3));
        index.Add(2, FingerprintKind.Image, FlipBits(otherProbe, 1));
        index.Add(3, FingerprintKind.Image, FlipBits(Query, 20));

        var found = index.FindWithin([Query, FlipBits(Query, 2), otherProbe], FingerprintKind.Image, 10, 10);

        Assert.Equal([new SimilarWork(1, 1), new SimilarWork(2, 1)], found);
    }

    [Fact]
    public void FindWithin_FartherThanMaxDistance_IsLeftOut()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, FingerprintKind.Text, FlipBits(Query, 6));
        index.Add(2, FingerprintKind.Text, FlipBits(Query, 7));

        Assert.Equal([new SimilarWork(1, 6)], index.FindWithin(Query, FingerprintKind.Text, 6, 10));
    }

    [Fact]
    public void FindWithin_MoreMatchesThanLimit_KeepsTheNearestAndLowerIdsOnTies()
    {
        var index = new NearDuplicateIndex();
        var distances = new[] { 5, 3, 9, 3, 1, 7, 3, 2, 8, 4 };
        for (var i = 0; i < 200; i++)
            index.Add(i + 1, FingerprintKind.Image, FlipBits(Query, distances[i % distances.Length], shift: i));

        var found = index.FindWithin(Query, FingerprintKind.Image, 10, 7);

        var expected = Enumerable.Range(0, 200).Select(i => new SimilarWork(i + 1, distances[i % distances.Length]))
            .OrderBy(w => w.Distance).ThenBy(w => w.WorkId).Take(7);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void FindWithin_OtherKind_IsNotReturned()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, FingerprintKind.Image, Query);
        index.Add(2, FingerprintKind.Text, Query);

        Assert.Equal([new SimilarWork(2, 0)], index.FindWithin(Query, FingerprintKind.Text, 10, 10));
        Assert.Equal([new SimilarWork(1, 0)], index.FindWithin(Query, FingerprintKind.Image, 10, 10));
    }

    [Fact]
    public void Remove_WhenWorkWasIndexed_IsNoLongerFoundAndTheOthersStay()
    {
        var index = new NearDuplicateIndex();
        // More than one chunk, so that removal moves an entry across chunks.
        var count = FingerprintShard.ChunkSize + 10;
        for (var id = 1; id <= count; id++)
            index.Add(id, FingerprintKind.Image, FlipBits(Query, id % 4, shift: id));

        Assert.True(index.Remove(3));
        Assert.True(index.Remove(count - 1));
        Assert.False(index.Remove(3));

        var found = index.FindWithin(Query, FingerprintKind.Image, 3, count).Select(w => w.WorkId).Order();
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i).Where(i => i is not 3 && i != count - 1), found);
        Assert.Equal(count - 2, index.Count);
    }

    [Fact]
    public void Add_WhenWorkAlreadyIndexed_ReplacesItsEntry()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, FingerprintKind.Image, Query);
        index.Add(2, FingerprintKind.Image, Query);
        index.Add(1, FingerprintKind.Text, Query);

        Assert.Equal([new SimilarWork(2, 0)], index.FindWithin(Query, FingerprintKind.Image, 10, 10));
        Assert.Equal([new SimilarWork(1, 0)], index.FindWithin(Query, FingerprintKind.Text, 10, 10));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Add_WhenFingerprintIsZero_DoesNotIndexTheWork()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, FingerprintKind.Image, 0);

        Assert.Empty(index.FindWithin(0, FingerprintKind.Image, 64, 10));
    }

    [Fact]
    public void Add_WhenWorkIdBeyondIndexRange_Throws()
    {
        var index = new NearDuplicateIndex();

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add((long)uint.MaxValue + 1, FingerprintKind.Image, Query));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(0, FingerprintKind.Image, Query));
    }

    [Fact]
    public async Task FindWithin_WhileAnotherThreadAdds_SeesEveryEarlierWorkWithItsTrueDistance()
    {
        var index = new NearDuplicateIndex();
        const int Works = 60_000;
        var added = 0;
        var writer = Task.Run(() =>
        {
            for (var id = 1; id <= Works; id++)
            {
                index.Add(id, FingerprintKind.Image, FingerprintOf(id));
                Volatile.Write(ref added, id);
            }
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var queries = 0;
            while (!writer.IsCompleted || queries < 5)
            {
                var before = Volatile.Read(ref added);
                var found = index.FindWithin(Query, FingerprintKind.Image, 2, int.MaxValue);
                foreach (var work in found)
                    Assert.Equal(System.Numerics.BitOperations.PopCount(FingerprintOf(work.WorkId) ^ Query), work.Distance);
                Assert.Equal(found.OrderBy(w => w.Distance).ThenBy(w => w.WorkId), found);
                var expected = Enumerable.Range(1, before).Count(id => id % 7 < 3);
                Assert.InRange(found.Count, expected, Works);
                queries++;
            }
        })).ToList();

        await Task.WhenAll(readers.Append(writer));
        Assert.Equal(Works, index.Count);
    }

    [Fact]
    public async Task LoadAsync_FromReadModel_IndexesWorksWithAFingerprintAndAKind()
    {
        await using var database = await ReadModelDatabase.CreateAsync();
        var highBitSet = Query | 1UL << 63;
        await database.AddAsync(
            WithFingerprint(ReadModelDatabase.Work(1, "image"), highBitSet, FingerprintKind.Image),
            WithFingerprint(ReadModelDatabase.Work(2, "text"), FlipBits(Query, 3), FingerprintKind.Text),
            WithFingerprint(ReadModelDatabase.Work(3, "no fingerprint"), 0, FingerprintKind.Image),
            WithFingerprint(ReadModelDatabase.Work(4, "kind not known"), Query, null),
            WithFingerprint(ReadModelDatabase.Work(5, "near image"), FlipBits(highBitSet, 2), FingerprintKind.Image));
        var index = new NearDuplicateIndex();

        await index.LoadAsync(database.Factory);

        Assert.Equal(3, index.Count);
        Assert.Equal([new SimilarWork(1, 0), new SimilarWork(5, 2)], index.FindWithin(highBitSet, FingerprintKind.Image, 10, 10));
        Assert.Equal([new SimilarWork(2, 3)], index.FindWithin(Query, FingerprintKind.Text, 10, 10));
        index.Add(6, FingerprintKind.Text, Query);
        Assert.Equal(6, index.FindWithin(Query, FingerprintKind.Text, 10, 10)[0].WorkId);
    }

    [Fact]
    public void FindWithin_VectorisedAndScalar_AgreeOnRandomData()
    {
        var random = new Random(7);
        var vectorised = new NearDuplicateIndex(vectorise: true);
        var scalar = new NearDuplicateIndex(vectorise: false);
        var queries = Enumerable.Range(0, 20).Select(_ => (ulong)random.NextInt64() ^ (ulong)random.Next() << 63).ToArray();
        // A length that leaves a tail after the last full block of eight.
        for (var id = 1; id <= 50_003; id++)
        {
            // One in ten planted near a query, the rest uniform.
            var fingerprint = id % 10 == 0 ? FlipBits(queries[random.Next(queries.Length)], random.Next(0, 16), shift: id) : (ulong)random.NextInt64() ^ (ulong)random.Next(2) << 63;
            vectorised.Add(id, FingerprintKind.Image, fingerprint);
            scalar.Add(id, FingerprintKind.Image, fingerprint);
        }

        foreach (var query in queries)
        foreach (var (maxDistance, limit) in new[] { (10, 5), (14, 1000), (24, 50), (64, 3) })
        {
            var expected = scalar.FindWithin(query, FingerprintKind.Image, maxDistance, limit);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, vectorised.FindWithin(query, FingerprintKind.Image, maxDistance, limit));
        }
    }

    /// <summary>Flips <paramref name="count"/> distinct bits, spread over the word and rotated by <paramref name="shift"/>.</summary>
    private static ulong FlipBits(ulong value, int count, int shift = 0)
    {
        var mask = 0UL;
        for (var i = 0; i < count; i++) mask |= 1UL << (i * 5 % 64);
        return value ^ ulong.RotateLeft(mask, shift);
    }

    /// <summary>Three in seven works within distance 2 of the query, the rest at 3 or more.</summary>
    private static ulong FingerprintOf(long id) => FlipBits(Query, (int)(id % 7), shift: (int)id);

    private static Work WithFingerprint(Work work, ulong fingerprint, FingerprintKind? kind)
    {
        work.Fingerprint = unchecked((long)fingerprint);
        work.FingerprintKind = kind;
        return work;
    }
}
