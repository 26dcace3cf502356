using System.Text;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Previews;
using Registry.Core.Search;
using Registry.Core.Similarity;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Similarity;

/// <summary>Similar works come with what a list shows of them: the beginning of each published text.</summary>
public sealed class SimilarWorksPreviewTests : IAsyncLifetime
{
    private readonly TempDirectory _store = new("registry-similar-previews");
    private ReadModelDatabase _database = default!;

    public async Task InitializeAsync() => _database = await ReadModelDatabase.CreateAsync();

    [Fact]
    public async Task FindAsync_NearAPublishedText_GivesItsExcerpt()
    {
        const string poem = "The tide comes in over the mud flats, and the herons stand in the shallows, waiting for the light to change.";
        var store = new EmbeddedContentStore(_store.Path);
        var cid = await store.AddAsync(new MemoryStream(Encoding.UTF8.GetBytes(poem)), CancellationToken.None);
        var fingerprint = TextFingerprinter.Compute(Encoding.UTF8.GetBytes(poem));
        var work = ReadModelDatabase.Work(1, "Tide");
        (work.Cid, work.Published, work.FingerprintKind, work.Fingerprint) = (cid.ToString(), true, FingerprintKind.Text, unchecked((long)fingerprint));
        await _database.AddAsync(work);
        var index = new NearDuplicateIndex();
        await index.LoadAsync(_database.Factory);
        using var previews = new WorkPreviews(store, new PerceptualFingerprintOptions());
        var similar = new SimilarWorks(index, new WorkCatalog(_database.Factory), previews);

        var found = await similar.FindAsync(new PerceptualFingerprint(DetectedKind.Text, fingerprint ^ 1), 5, CancellationToken.None);

        var match = Assert.Single(found);
        Assert.Equal((1L, 1, poem), (match.Work.WorkId, match.Distance, match.Excerpt));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _store.Dispose();
    }
}
