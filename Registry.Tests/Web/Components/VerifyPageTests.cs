using System.Globalization;
using System.Text.Json;
using Bunit;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Verify;
using Registry.Web.Components.Shared;

namespace Registry.Tests.Web.Components;

public sealed class VerifyPageTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Verify_WhenTheFileIsRegistered_GivesWhoWhenBlockAndTransaction()
    {
        var owner = "0x" + new string('a', 40);
        var tx = "0x" + new string('b', 64);
        Answer(200, JsonSerializer.Serialize(new
        {
            registered = true,
            sha256 = new string('1', 64),
            cid = "bafkreiexample",
            size = 10,
            work = new { workId = 5, sha256 = new string('1', 64), cid = "bafkreiexample", owner, creator = owner, txHash = tx, blockNumber = 1234, timestamp = "2026-11-25T10:00:00+00:00", title = "Dawn <i>x</i>", tags = Array.Empty<string>(), published = true },
        }));

        var page = Drop(new SelectedFile("dawn.png", 10));

        page.WaitForAssertion(() => Assert.Equal(
            $"Registered as work #5 by {owner} on {new DateTime(2026, 11, 25, 10, 0, 0).ToString("f", CultureInfo.GetCultureInfo("en-US"))} UTC.",
            page.Find("[data-testid=verdict-registered]").TextContent.Trim()));
        Assert.Equal("1,234", page.Find("[data-testid=verdict-block]").TextContent);
        Assert.Equal(tx, page.Find("[data-testid=verdict-tx]").TextContent);
        Assert.Equal("Dawn <i>x</i>", page.Find("[data-testid=verdict-title]").TextContent);
        Assert.Equal("/works/5", page.Find("[data-testid=verdict-work-link]").GetAttribute("href"));
    }

    [Fact]
    public void Verify_WhenTheFileIsNotRegistered_SaysSoWithItsHash()
    {
        Answer(200, $$"""{"registered":false,"sha256":"{{new string('2', 64)}}","cid":"bafkreiexample","size":10,"work":null}""");

        var page = Drop(new SelectedFile("new.png", 10));

        page.WaitForAssertion(() => Assert.Equal("Not registered: no work has exactly this content.", page.Find("[data-testid=verdict-not-registered]").TextContent.Trim()));
        Assert.Equal(new string('2', 64), page.Find("[data-testid=verdict-sha256]").TextContent);
    }

    [Fact]
    public void Verify_WhenTheFileIsEmpty_SaysSoWithoutUploading()
    {
        var page = Drop(new SelectedFile("empty.txt", 0));

        Assert.Equal("The file is empty.", page.Find("[data-testid=verify-problem]").TextContent.Trim());
        Assert.Empty(_context.UploadModule.Invocations["send"]);
    }

    [Fact]
    public void Verify_WhenTheServerSaysTooLarge_GivesTheLimit()
    {
        Answer(413, """{"status":413,"detail":"The file is larger than the limit of 512 MiB.","code":"FileTooLarge"}""");

        var page = Drop(new SelectedFile("huge.bin", 10));

        page.WaitForAssertion(() => Assert.Equal("The file is larger than the limit of 512 MiB.", page.Find("[data-testid=verify-problem]").TextContent.Trim()));
    }

    private void Answer(int status, string body) =>
        _context.UploadModule.Setup<UploadResponse>("send", _ => true).SetResult(new UploadResponse(status, body));

    private IRenderedComponent<Verify> Drop(SelectedFile file)
    {
        _context.UploadModule.Setup<SelectedFile?>("describe", _ => true).SetResult(file);
        var page = _context.Bunit.Render<Verify>();
        page.Find("input[type=file]").Change(file.Name);
        return page;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
