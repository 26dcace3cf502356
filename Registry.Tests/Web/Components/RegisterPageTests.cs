using System.Globalization;
using Bunit;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Works;
using Registry.Web.Components.Shared;

namespace Registry.Tests.Web.Components;

public sealed class RegisterPageTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public async Task InitializeAsync()
    {
        await using var db = await _context.DbAsync();
    }

    [Fact]
    public void Register_WithoutATitle_AsksForOneAndUploadsNothing()
    {
        var page = RenderWithFile(new SelectedFile("dawn.png", 1234));

        page.Find("[data-testid=register]").Click();

        Assert.Equal("A title is required.", page.Find("[data-testid=problem]").TextContent.Trim());
        Assert.Empty(_context.UploadModule.Invocations["send"]);
    }

    [Fact]
    public void Register_WithoutAFile_AsksForOne()
    {
        var page = _context.Bunit.Render<Register>();
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Dawn");

        page.Find("[data-testid=register]").Click();

        Assert.Equal("Choose a file to register.", page.Find("[data-testid=problem]").TextContent.Trim());
    }

    [Fact]
    public void Register_WhenTheFileIsEmpty_SaysSo()
    {
        var page = RenderWithFile(new SelectedFile("empty.txt", 0));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Nothing");

        page.Find("[data-testid=register]").Click();

        Assert.Equal("The file is empty.", page.Find("[data-testid=problem]").TextContent.Trim());
    }

    [Fact]
    public void Register_InSimplifiedChinese_WordsTheProblemInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            var page = RenderWithFile(new SelectedFile("dawn.png", 1234));

            page.Find("[data-testid=register]").Click();

            Assert.Equal("标题为必填项。", page.Find("[data-testid=problem]").TextContent.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task Register_WhenTheServerSaysAlreadyRegistered_NamesTheWorkItsOwnerAndLinksIt()
    {
        await using (var db = await _context.DbAsync())
        {
            db.Works.Add(ReadModelDatabase.Work(7, "Harbour", owner: "0x" + new string('c', 40)));
            await db.SaveChangesAsync();
        }
        _context.UploadModule.Setup<UploadResponse>("send", _ => true)
            .SetResult(new UploadResponse(409, """{"status":409,"detail":"Already registered as work #7.","code":"AlreadyRegistered","workId":7}"""));
        var page = RenderWithFile(new SelectedFile("dawn.png", 1234));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Dawn");

        page.Find("[data-testid=register]").Click();

        page.WaitForAssertion(() => Assert.StartsWith(
            $"Already registered as work #7 by 0x{new string('c', 40)} on Thursday, January 8, 1970",
            page.Find("[data-testid=problem]").TextContent.Trim()));
        Assert.Equal("/works/7", page.Find("[data-testid=existing-work]").GetAttribute("href"));
    }

    [Fact]
    public async Task Register_WhenAccepted_FollowsTheRegistrationToTheResultCard()
    {
        var id = Guid.NewGuid();
        await using (var db = await _context.DbAsync())
        {
            var now = DateTimeOffset.UtcNow;
            var registration = WorkRegistration.Receive(id, new WorkDetails("<b>Dawn</b>", "", WorkKind.Image, []), "dawn.png", "/nowhere", 10, new string('a', 64), "bafkreiexample", now);
            registration.MarkStored("bafkreimeta", now);
            registration.MarkSubmitted("0xraw", "0x" + new string('d', 64), now);
            registration.MarkConfirmed(12, "0x" + new string('e', 40), 34, now, now);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
        }
        _context.UploadModule.Setup<UploadResponse>("send", _ => true).SetResult(new UploadResponse(202, $$"""{"registrationId":"{{id}}"}"""));
        var page = RenderWithFile(new SelectedFile("dawn.png", 10));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("<b>Dawn</b>");

        page.Find("[data-testid=register]").Click();

        page.WaitForAssertion(() => Assert.Equal("#12", page.Find("[data-testid=result-work-id]").TextContent));
        Assert.Equal("<b>Dawn</b>", page.Find("[data-testid=result-title]").TextContent);
        Assert.Empty(page.Find("[data-testid=result-title]").QuerySelectorAll("b"));
        Assert.Equal("0x" + new string('d', 64), page.Find("[data-testid=result-tx]").TextContent);
        Assert.Equal("/works/12", page.Find("[data-testid=result-link]").GetAttribute("href"));
    }

    [Fact]
    public void Register_WhenTheServerFindsANearDuplicate_ListsItAndSendsTheCreatorsConfirmation()
    {
        var send = _context.UploadModule.Setup<UploadResponse>("send", _ => true);
        send.SetResult(new UploadResponse(409, """
            {"status":409,"detail":"Registered works look very much like this file: #3 (distance 4).","code":"NearDuplicate","workId":3,
             "similar":[{"workId":3,"title":"Harbour <b>at</b> dawn","owner":"0xabc","distance":4,"similarity":0.938}]}
            """));
        var page = RenderWithFile(new SelectedFile("copy.png", 10));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Copy");

        page.Find("[data-testid=register]").Click();

        page.WaitForAssertion(() => Assert.Equal("Registered works look very much like this file.", page.Find("[data-testid=problem]").TextContent.Trim()));
        Assert.Equal("#3 Harbour <b>at</b> dawn · 94% alike (4 of 64 bits differ)", page.Find("[data-testid=similar-work]").TextContent.Trim());
        Assert.Equal("/works/3", page.Find("[data-testid=similar-work]").GetAttribute("href"));

        page.Find("input[data-testid=confirm-own-work], [data-testid=confirm-own-work] input").Change(true);
        page.Find("[data-testid=register]").Click();

        var confirmed = _context.UploadModule.Invocations["send"][^1];
        Assert.Equal("true", ((IReadOnlyDictionary<string, string>)confirmed.Arguments[2]!)["confirmOwnWork"]);
    }

    [Fact]
    public async Task Register_WhenTheChainIsDown_ShowsTheStepItWaitsAtAndWhy()
    {
        var id = Guid.NewGuid();
        await using (var db = await _context.DbAsync())
        {
            var now = DateTimeOffset.UtcNow;
            var registration = WorkRegistration.Receive(id, new WorkDetails("Dawn", "", WorkKind.Image, []), "dawn.png", "/nowhere", 10, new string('a', 64), "bafkreiexample", now);
            registration.MarkStored("bafkreimeta", now);
            registration.Postpone(RegistrationIssue.ChainUnavailable, "The chain node cannot be reached: Connection refused", TimeSpan.FromSeconds(2), now);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
        }
        _context.UploadModule.Setup<UploadResponse>("send", _ => true).SetResult(new UploadResponse(202, $$"""{"registrationId":"{{id}}"}"""));
        var page = RenderWithFile(new SelectedFile("dawn.png", 10));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Dawn");

        page.Find("[data-testid=register]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "The chain is unavailable; retrying automatically. The chain node cannot be reached: Connection refused",
            page.Find("[data-testid=pending-reason]").TextContent.Trim()));
        Assert.Equal("done", page.Find("[data-testid=step-store]").GetAttribute("data-status"));
        Assert.Equal("active", page.Find("[data-testid=step-submit]").GetAttribute("data-status"));
    }

    private IRenderedComponent<Register> RenderWithFile(SelectedFile file)
    {
        _context.UploadModule.Setup<SelectedFile?>("describe", _ => true).SetResult(file);
        var page = _context.Bunit.Render<Register>();
        page.Find("input[type=file]").Change(file.Name);
        return page;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
