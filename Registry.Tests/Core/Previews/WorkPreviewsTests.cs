using System.Text;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Previews;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Previews;

public sealed class WorkPreviewsTests : IDisposable
{
    private readonly TempDirectory _folder = new("registry-previews");
    private readonly CountingContentStore _store;
    private readonly WorkPreviews _previews;

    public WorkPreviewsTests()
    {
        _store = new CountingContentStore(new EmbeddedContentStore(_folder.Path));
        _previews = new WorkPreviews(_store, new PerceptualFingerprintOptions());
    }

    [Fact]
    public async Task GetThumbnailAsync_WhenAskedAgain_ReadsAndDecodesTheOriginalOnlyOnce()
    {
        var work = await StoreAsync(1, SizedPictures.Png(800, 600), FingerprintKind.Image);

        var first = await _previews.GetThumbnailAsync(work, CancellationToken.None);
        var second = await _previews.GetThumbnailAsync(work, CancellationToken.None);

        Assert.Equal((160, 120), (first!.Width, first.Height));
        Assert.Same(first, second);
        Assert.Equal(1, _store.Opens);
    }

    [Fact]
    public async Task GetThumbnailAsync_WhenTheStoredImageIsCorrupt_GivesNoneAndRemembersThat()
    {
        var png = SizedPictures.Png(400, 300);
        png.AsSpan(40, png.Length - 60).Fill(0x5A);
        var work = await StoreAsync(2, png, FingerprintKind.Image);

        Assert.Null(await _previews.GetThumbnailAsync(work, CancellationToken.None));
        Assert.Null(await _previews.GetThumbnailAsync(work, CancellationToken.None));
        Assert.Equal(1, _store.Opens);
    }

    [Fact]
    public async Task GetThumbnailAsync_WhenTheFileWasNotPublished_GivesNoneWithoutAskingTheStore()
    {
        var work = await StoreAsync(3, SizedPictures.Png(400, 300), FingerprintKind.Image, published: false);

        Assert.Null(await _previews.GetThumbnailAsync(work, CancellationToken.None));
        Assert.Equal(0, _store.Opens);
    }

    [Fact]
    public async Task GetThumbnailAsync_ForAText_GivesNone()
    {
        var work = await StoreAsync(4, Encoding.UTF8.GetBytes("Words, not pixels."), FingerprintKind.Text);

        Assert.Null(await _previews.GetThumbnailAsync(work, CancellationToken.None));
    }

    [Fact]
    public async Task GetThumbnailAsync_WhenTheStoreLacksTheContent_GivesNone()
    {
        var work = ReadModelDatabase.Work(5, "Missing");
        work.Published = true;
        work.FingerprintKind = FingerprintKind.Image;

        Assert.Null(await _previews.GetThumbnailAsync(work, CancellationToken.None));
    }

    [Fact]
    public async Task GetExcerptAsync_ForAText_GivesItsBeginningFolded()
    {
        var work = await StoreAsync(6, Encoding.UTF8.GetBytes("The  harbour\n\nat dawn."), FingerprintKind.Text);

        Assert.Equal("The harbour at dawn.", await _previews.GetExcerptAsync(work, CancellationToken.None));
    }

    [Fact]
    public async Task GetExcerptsAsync_GivesTextsOnly_AndReadsEachOnce()
    {
        var text = await StoreAsync(7, Encoding.UTF8.GetBytes("A poem about tea."), FingerprintKind.Text);
        var image = await StoreAsync(8, SizedPictures.Png(50, 50), FingerprintKind.Image);
        var other = await StoreAsync(9, [0, 1, 2, 3], null);

        var first = await _previews.GetExcerptsAsync([text, image, other], CancellationToken.None);
        var second = await _previews.GetExcerptsAsync([text, image, other], CancellationToken.None);

        Assert.Equal("A poem about tea.", Assert.Single(first).Value);
        Assert.Equal(first, second);
        Assert.Equal(1, _store.Opens);
    }

    [Fact]
    public async Task GetExcerptsAsync_WhenTheStoreIsDown_GivesNoneInsteadOfFailing()
    {
        var text = await StoreAsync(10, Encoding.UTF8.GetBytes("A poem about rain."), FingerprintKind.Text);
        _store.Down = true;

        var excerpts = await _previews.GetExcerptsAsync([text], CancellationToken.None);

        Assert.Empty(excerpts);
        _store.Down = false;
        Assert.Equal("A poem about rain.", (await _previews.GetExcerptsAsync([text], CancellationToken.None))[10]);
    }

    [Fact]
    public async Task GetThumbnailAsync_WhenTheStoreIsDown_SaysSo()
    {
        var work = await StoreAsync(11, SizedPictures.Png(100, 100), FingerprintKind.Image);
        _store.Down = true;

        await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => _previews.GetThumbnailAsync(work, CancellationToken.None));
    }

    private async Task<Work> StoreAsync(long id, byte[] content, FingerprintKind? kind, bool published = true)
    {
        var cid = await _store.AddAsync(new MemoryStream(content), CancellationToken.None);
        var work = ReadModelDatabase.Work(id, $"Work {id}");
        work.Cid = cid.ToString();
        work.Published = published;
        work.FingerprintKind = kind;
        return work;
    }

    public void Dispose()
    {
        _previews.Dispose();
        _folder.Dispose();
    }
}
