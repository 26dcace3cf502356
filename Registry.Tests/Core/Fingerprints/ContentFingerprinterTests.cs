using Registry.Tests.Infrastructure;
using Registry.Core.Fingerprints;

namespace Registry.Tests.Core.Fingerprints;

public class ContentFingerprinterTests
{
    public static TheoryData<string> Vectors => CidVectors.Names;

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task ComputeAsync_ForReferenceVector_MatchesCidAndSha256(string name)
    {
        var vector = CidVectors.Get(name);
        var content = CidVectors.ContentOf(vector);
        using var source = new MemoryStream(content.Array!, content.Offset, content.Count, writable: false);

        var fingerprint = await ContentFingerprinter.ComputeAsync(source);

        AssertMatches(vector, fingerprint);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task ComputeAsync_WhenSourceReturnsSmallPieces_MatchesCidAndSha256(string name)
    {
        var vector = CidVectors.Get(name);
        var source = new SmallReadsStream(CidVectors.ContentOf(vector), maxBytesPerRead: 1000);

        var fingerprint = await ContentFingerprinter.ComputeAsync(source);

        AssertMatches(vector, fingerprint);
        Assert.True(source.ReadCount >= vector.Size / 1000);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task ComputeAsync_WithCopyTo_CopiesEveryByteUnchanged(string name)
    {
        var vector = CidVectors.Get(name);
        var content = CidVectors.ContentOf(vector);
        using var copy = new MemoryStream();

        var fingerprint = await ContentFingerprinter.ComputeAsync(new SmallReadsStream(content, maxBytesPerRead: 100_000), copy);

        AssertMatches(vector, fingerprint);
        Assert.True(content.AsSpan().SequenceEqual(copy.ToArray()), "the copy differs from the source");
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_ForReferenceVector_MatchesCidAndSha256(string name)
    {
        var vector = CidVectors.Get(name);

        var fingerprint = ContentFingerprinter.Compute(CidVectors.ContentOf(vector));

        AssertMatches(vector, fingerprint);
    }

    [Fact]
    public async Task ComputeAsync_WithProgress_ReportsGrowingCountsUpToTheLength()
    {
        var content = CidVectors.Xorshift32Bytes(3 * ContentFingerprinter.ChunkSize + 17);
        var reports = new List<long>();

        await ContentFingerprinter.ComputeAsync(new MemoryStream(content), progress: new SynchronousProgress<long>(reports.Add));

        Assert.Equal([262_144, 524_288, 786_432, 786_449], reports);
    }

    [Fact]
    public async Task ComputeAsync_WithProgressOnEmptySource_ReportsZero()
    {
        var reports = new List<long>();

        await ContentFingerprinter.ComputeAsync(new MemoryStream(), progress: new SynchronousProgress<long>(reports.Add));

        Assert.Equal([0L], reports);
    }

    [Fact]
    public async Task ComputeAsync_WhenTokenAlreadyCancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ContentFingerprinter.ComputeAsync(new MemoryStream(new byte[1000]), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task ComputeAsync_WhenCancelledMidway_StopsReading()
    {
        var content = CidVectors.Xorshift32Bytes(40 * ContentFingerprinter.ChunkSize);
        var source = new SmallReadsStream(content, maxBytesPerRead: 65_536);
        using var cancellation = new CancellationTokenSource();
        var cancelAfterTwoChunks = new SynchronousProgress<long>(read =>
        {
            if (read >= 2 * ContentFingerprinter.ChunkSize)
                cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ContentFingerprinter.ComputeAsync(source, progress: cancelAfterTwoChunks, cancellationToken: cancellation.Token));
        Assert.True(source.ReadCount <= 3 * 4, $"kept reading after cancellation: {source.ReadCount} reads");
    }

    [Fact]
    public async Task ComputeAsync_WhenSourceFails_ThrowsTheSourcesException()
    {
        var failure = new IOException("connection reset");

        var thrown = await Assert.ThrowsAsync<IOException>(() =>
            ContentFingerprinter.ComputeAsync(new FailingStream(600_000, failure), new MemoryStream()));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task ComputeAsync_WhenCopyToFails_ThrowsTheCopysException()
    {
        var content = CidVectors.Xorshift32Bytes(5 * ContentFingerprinter.ChunkSize);
        using var tooSmall = new MemoryStream(new byte[ContentFingerprinter.ChunkSize + 10]); // not expandable

        await Assert.ThrowsAsync<NotSupportedException>(() => ContentFingerprinter.ComputeAsync(new MemoryStream(content), tooSmall));
    }

    [Fact]
    public async Task ComputeAsync_ForLargerContentThanOneChunk_AgreesWithCompute()
    {
        var content = CidVectors.Xorshift32Bytes(7 * ContentFingerprinter.ChunkSize + 1234);

        var streamed = await ContentFingerprinter.ComputeAsync(new MemoryStream(content));

        Assert.Equal(ContentFingerprinter.Compute(content), streamed);
    }

    private static void AssertMatches(CidVector vector, ContentFingerprint fingerprint)
    {
        Assert.Equal(vector.Cid, fingerprint.Cid.ToString());
        Assert.Equal(vector.Sha256, fingerprint.Sha256Hex);
        Assert.Equal(vector.Size, fingerprint.Length);
    }
}
