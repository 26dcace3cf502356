using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Notifications;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The disputes REST API of the real app (its own dev chain: a 0.01 ETH bond, a 7-day appeal window), called with
/// API tokens. Steps are taken on its chain; the reads run over rows seeded into its read model as the indexer
/// would write them.
/// </summary>
[Collection("browser")]
public sealed class DisputesApiTests(BrowserFixture fixture)
{
    private const string NotAllowed = "Your account is not allowed to do this.";

    [Fact]
    public async Task Open_WithEvidence_Returns201WithTheDisputeAndItsTransaction()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());
        var original = await MatrixAccounts.RegisterWorkAsync(claimant);

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes",
            DisputeForms.Open("copies", "It copies my work.", original.ToString(), DisputeForms.File("sketch.png", 2_000, "image/png")));

        await MatrixAnswers.AssertAsync(response, 201, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var disputeId = body.GetProperty("disputeId").GetInt64();
        Assert.Equal($"/api/disputes/{disputeId}", response.Headers.Location?.OriginalString);
        Assert.Equal(people.WorkId, body.GetProperty("workId").GetInt64());
        Assert.Matches("^0x[0-9a-f]{64}$", body.GetProperty("txHash").GetString());
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.App.DataDirectory, "evidence-uploads")));
    }

    [Fact]
    public async Task Open_OnAWorkThatDoesNotExist_Returns404()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());

        var response = await claimant.Http.PostAsync("/api/works/987654321/disputes", DisputeForms.Open("authorship", "Mine."));

        await MatrixAnswers.AssertAsync(response, 404, "There is no work #987654321.");
        Assert.Equal("UnknownWork", await CodeAsync(response));
    }

    [Fact]
    public async Task Open_ASecondTimeByTheSameClaimant_Returns409()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var person = await people.NewPersonAsync();
        using var claimant = people.Api(person);
        var first = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("authorship", "Mine."));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disputeId").GetInt64();

        var second = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("unlawful", "And it breaks the rules."));

        await MatrixAnswers.AssertAsync(second, 409, $"You already have dispute #{firstId} open on work #{people.WorkId}; wait for its ruling before opening another.");
    }

    [Fact]
    public async Task Open_OnTheCallersOwnWork_Returns409()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var owner = people.Api(people.Owner);

        var response = await owner.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("authorship", "Mine."));

        await MatrixAnswers.AssertAsync(response, 409, $"Work #{people.WorkId} is yours: you cannot open a dispute on your own work.");
    }

    public static TheoryData<string?, string, string?, string> BadForms => new()
    {
        { null, "Mine.", null, "Say what you claim: claim must be authorship, copies or unlawful." },
        { "theft", "Mine.", null, "'theft' is not a claim: use authorship, copies or unlawful." },
        { "copies", "It copies work seven.", "seven", "'seven' is not a work id: expected a whole number such as 7." },
        { "copies", "It copies something.", null, "Say which registered work this one copies: give its number." },
        { "authorship", "   ", null, "Write a statement: say what happened and why, in at most 10,000 characters." },
        { "authorship", new string('s', 10_001), null, "The statement is 10,001 characters long; it may be at most 10,000." },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task Open_WithAFormItCannotTake_Returns400WithTheReason(string? claim, string statement, string? copiedWorkId, string detail)
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open(claim, statement, copiedWorkId));

        await MatrixAnswers.AssertAsync(response, 400, detail);
    }

    [Fact]
    public async Task Open_WithAFileOverTheLimit_Returns413SayingHowLargeItIsAndKeepsNothing()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes",
            DisputeForms.Open("authorship", "The scan.", null, DisputeForms.File("scan.pdf", 12 * DisputeLimits.Mebibyte)));

        await MatrixAnswers.AssertAsync(response, 413, "'scan.pdf' is 12.0 MiB; each file may be at most 10 MiB.");
        Assert.Equal("FileTooLarge", await CodeAsync(response));
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.App.DataDirectory, "evidence-uploads")));
    }

    [Fact]
    public async Task Open_WithFilesOverTheLimitInAll_Returns413SayingHowLargeTheyAre()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());
        var page = (long)(7.1 * DisputeLimits.Mebibyte);

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("authorship", "Three pages.", null,
            DisputeForms.File("page1.pdf", page), DisputeForms.File("page2.pdf", page), DisputeForms.File("page3.pdf", page)));

        await MatrixAnswers.AssertAsync(response, 413, "Evidence may be at most 20 MiB in all; these files are 21.3 MiB.");
    }

    [Fact]
    public async Task Open_WithSixFiles_Returns400()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());
        var files = Enumerable.Range(1, 6).Select(i => DisputeForms.File($"{i}.txt", 10, "text/plain")).ToArray();

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("authorship", "Six files.", null, files));

        await MatrixAnswers.AssertAsync(response, 400, "At most 5 files may be attached; these are 6.");
    }

    [Fact]
    public async Task Open_AsJson_Returns415()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());

        var response = await claimant.Http.PostAsJsonAsync($"/api/works/{people.WorkId}/disputes", new { claim = "authorship", statement = "Mine." });

        await MatrixAnswers.AssertAsync(response, 415, "Send the statement and its files as multipart/form-data: fields claim, copiedWorkId, statement, then one 'files' part per file.");
    }

    [Fact]
    public async Task Open_WithScriptInTheStatement_StoresTheStatementVerbatim()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var claimant = people.Api(await people.NewPersonAsync());
        var statement = $"<script>alert('{Guid.NewGuid():N}')</script>";

        var response = await claimant.Http.PostAsync($"/api/works/{people.WorkId}/disputes", DisputeForms.Open("unlawful", statement));

        await MatrixAnswers.AssertAsync(response, 201, null);
        var store = new EmbeddedContentStore(Path.Combine(fixture.App.DataDirectory, "content"));
        var documents = new EvidenceDocuments(store, TimeProvider.System);
        var stored = Directory.GetFiles(store.RootPath).Single(f => File.ReadAllText(f).Contains(statement));
        Assert.Equal(statement, (await documents.ReadAsync(Path.GetFileName(stored), CancellationToken.None))?.Statement);
    }

    [Fact]
    public async Task Respond_ByTheOwner_Returns200AndByAnyoneElse403()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (claimant, disputeId) = await people.OpenDisputeAsync();
        using var owner = people.Api(people.Owner);
        using var stranger = people.Api(claimant);

        var byStranger = await stranger.Http.PostAsync($"/api/disputes/{disputeId}/response", DisputeForms.Statement("Not mine to answer."));
        var byOwner = await owner.Http.PostAsync($"/api/disputes/{disputeId}/response", DisputeForms.Statement("I registered it first.", DisputeForms.File("proof.txt", 100, "text/plain")));

        await MatrixAnswers.AssertAsync(byStranger, 403, $"Only the owner of work #{people.WorkId} can respond to dispute #{disputeId}.");
        await MatrixAnswers.AssertAsync(byOwner, 200, null);
        var body = await byOwner.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((disputeId, "response"), (body.GetProperty("disputeId").GetInt64(), body.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Respond_ToADisputeThatDoesNotExist_Returns404()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        using var owner = people.Api(people.Owner);

        var response = await owner.Http.PostAsync("/api/disputes/987654321/response", DisputeForms.Statement("Hm."));

        await MatrixAnswers.AssertAsync(response, 404, "There is no dispute #987654321.");
    }

    [Fact]
    public async Task Rule_ThenAppeal_ThenRuleTheAppealByAnotherModerator_TakeEachStepAndRefuseTheFirstModerator()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (_, disputeId) = await people.OpenDisputeAsync();
        using var moderator = people.Api(people.Moderator);
        using var other = people.Api(people.OtherModerator);
        using var owner = people.Api(people.Owner);

        var ruled = await moderator.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling = "frozen", reason = "The sketch predates it." });
        var appealed = await owner.Http.PostAsync($"/api/disputes/{disputeId}/appeal", DisputeForms.Statement("The sketch is a forgery."));
        var bySameModerator = await moderator.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling = "dismissed", reason = "On reflection." });
        var appealRuled = await other.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling = "dismissed", reason = "The sketch is not dated.", revokeLicences = Array.Empty<long>() });

        await MatrixAnswers.AssertAsync(ruled, 200, null);
        Assert.Equal("ruling", (await ruled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
        await MatrixAnswers.AssertAsync(appealed, 200, null);
        await MatrixAnswers.AssertAsync(bySameModerator, 403, $"You made the first ruling on dispute #{disputeId}; its appeal must be decided by another moderator.");
        await MatrixAnswers.AssertAsync(appealRuled, 200, null);
    }

    [Fact]
    public async Task Appeal_BySomeoneWhoIsNotAParty_Returns403()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (_, disputeId) = await people.OpenDisputeAsync();
        await people.RuleAsync(people.Moderator, disputeId);
        using var bystander = people.Api(await people.NewPersonAsync());

        var response = await bystander.Http.PostAsync($"/api/disputes/{disputeId}/appeal", DisputeForms.Statement("I object."));

        await MatrixAnswers.AssertAsync(response, 403, $"Only the claimant or the owner of work #{people.WorkId} at the ruling can appeal dispute #{disputeId}.");
    }

    [Fact]
    public async Task Appeal_OfADisputeNotRuledYet_Returns409()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (claimant, disputeId) = await people.OpenDisputeAsync();
        using var api = people.Api(claimant);

        var response = await api.Http.PostAsync($"/api/disputes/{disputeId}/appeal", DisputeForms.Statement("Too early."));

        await MatrixAnswers.AssertAsync(response, 409, $"Dispute #{disputeId} has not been ruled yet.");
    }

    public static TheoryData<object, string> BadRulings => new()
    {
        { new { ruling = "frozen", reason = "  " }, "A ruling needs a written reason: say why, in at most 10,000 characters." },
        { new { reason = "No ruling given." }, "Give the ruling: dismissed, flagged, frozen or reassigned." },
        { new { ruling = "banned", reason = "Banned." }, "'banned' is not a ruling: use dismissed, flagged, frozen or reassigned." },
        { new { ruling = "flagged", reason = "Contested.", revokeLicences = new[] { 1L } }, "Licences can be revoked only by a ruling that freezes or reassigns the work, not by flagged." },
    };

    [Theory]
    [MemberData(nameof(BadRulings))]
    public async Task Rule_WithABadRuling_Returns400AndLeavesTheDisputeOpen(object ruling, string detail)
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (claimant, disputeId) = await people.OpenDisputeAsync();
        using var moderator = people.Api(people.Moderator);

        var response = await moderator.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", ruling);

        await MatrixAnswers.AssertAsync(response, 400, detail);
        using var api = people.Api(claimant);
        await MatrixAnswers.AssertAsync(await api.Http.PostAsync($"/api/disputes/{disputeId}/appeal", DisputeForms.Statement("Still open?")), 409,
            $"Dispute #{disputeId} has not been ruled yet.");
    }

    [Fact]
    public async Task Rule_ByAnAccountThatIsNoModerator_Returns403()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var (claimant, disputeId) = await people.OpenDisputeAsync();
        using var api = people.Api(claimant);

        var response = await api.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling = "reassigned", reason = "Give it to me." });

        await MatrixAnswers.AssertAsync(response, 403, NotAllowed);
    }

    [Fact]
    public async Task List_FiltersByStatusClaimAndClaimant_AndTheQueueIsOldestFirst()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var claimant = "0x" + Guid.NewGuid().ToString("N") + "00c1a1a7";
        var now = DateTimeOffset.UtcNow;
        var older = DisputeRows.Dispute(AppReadModel.NextId(), people.WorkId, claimant, now.AddDays(-3), claim: DisputeClaim.Unlawful);
        var newer = DisputeRows.Dispute(AppReadModel.NextId(), people.WorkId, claimant, now.AddDays(-1), claim: DisputeClaim.Unlawful);
        var ruled = DisputeRows.Dispute(AppReadModel.NextId(), people.WorkId, claimant, now.AddDays(-2), DisputeStatus.Ruled, ruling: DisputeRuling.Flagged);
        await AppReadModel.AddAsync(fixture.App, older, newer, ruled);
        using var api = new ApiClient(fixture.App.BaseUrl);

        var queue = await IdsAsync(api, $"/api/disputes?status=open&claim=unlawful&claimant={claimant}");
        var all = (await api.Http.GetFromJsonAsync<JsonElement>($"/api/disputes?claimant={claimant.ToUpperInvariant().Replace("0X", "0x")}")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal([older.DisputeId, newer.DisputeId], queue);
        Assert.Equal([newer.DisputeId, ruled.DisputeId, older.DisputeId], all.Select(d => d.GetProperty("disputeId").GetInt64()));
        var first = all[1];
        Assert.Equal(("ruled", "flagged", "authorship", people.WorkId), (first.GetProperty("status").GetString(), first.GetProperty("ruling").GetString(),
            first.GetProperty("claim").GetString(), first.GetProperty("workId").GetInt64()));
    }

    [Theory]
    [InlineData("status=pending", "'pending' is not a dispute status: use open, ruled, appealed or closed.")]
    [InlineData("claim=theft", "'theft' is not a claim: use authorship, copies or unlawful.")]
    [InlineData("claimant=0x12", "'0x12' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData("work=seven", "'seven' is not a work id: expected a whole number such as 7.")]
    public async Task List_WithAFilterItCannotRead_Returns400(string query, string detail)
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        await MatrixAnswers.AssertAsync(await api.Http.GetAsync($"/api/disputes?{query}"), 400, detail);
    }

    [Fact]
    public async Task GetAndDocuments_ServeTheDisputesStepsAndOnlyItsOwnDocumentsAndFiles()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var store = new EmbeddedContentStore(Path.Combine(fixture.App.DataDirectory, "content"));
        var documents = new EvidenceDocuments(store, TimeProvider.System);
        var page = new EvidenceFile("page.html", "text/html", new MemoryStream(Encoding.UTF8.GetBytes("<script>alert(1)</script>")));
        var evidence = await documents.StoreAsync(EvidenceKind.Evidence, null, people.WorkId, "<script>alert('x')</script>", [page], people.Owner.Address, CancellationToken.None);
        var unrelated = await store.AddAsync(new MemoryStream(Encoding.UTF8.GetBytes($"unrelated {Guid.NewGuid()}")), CancellationToken.None);
        var dispute = DisputeRows.Dispute(AppReadModel.NextId(), people.WorkId, people.Moderator.Address, DateTimeOffset.UtcNow);
        dispute.EvidenceCid = evidence.Cid!;
        await AppReadModel.AddAsync(fixture.App, dispute,
            DisputeRows.Step(dispute.DisputeId, people.WorkId, WorkEventKind.DisputeOpened, 1, from: people.Moderator.Address, documentCid: evidence.Cid));
        using var api = new ApiClient(fixture.App.BaseUrl);

        var details = await api.Http.GetFromJsonAsync<JsonElement>($"/api/disputes/{dispute.DisputeId}");
        var json = await api.Http.GetAsync(details.GetProperty("evidenceUrl").GetString());
        var file = await api.Http.GetAsync($"/api/disputes/{dispute.DisputeId}/documents/{evidence.Document!.Files[0].Cid}");
        var other = await api.Http.GetAsync($"/api/disputes/{dispute.DisputeId}/documents/{unrelated}");

        Assert.Equal(("open", "authorship", "0 ETH", people.WorkId), (details.GetProperty("status").GetString(), details.GetProperty("claim").GetString(),
            details.GetProperty("bond").GetString(), details.GetProperty("work").GetProperty("workId").GetInt64()));
        var step = details.GetProperty("steps").EnumerateArray().Single();
        Assert.Equal(("disputeOpened", $"/api/disputes/{dispute.DisputeId}/documents/{evidence.Cid}"), (step.GetProperty("kind").GetString(), step.GetProperty("documentUrl").GetString()));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script>alert('x')</script>", await json.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(("application/octet-stream", "attachment"), (file.Content.Headers.ContentType?.MediaType, file.Content.Headers.ContentDisposition?.DispositionType));
        await MatrixAnswers.AssertAsync(other, 404, $"{unrelated} is not a document or file of dispute #{dispute.DisputeId}.");
    }

    [Fact]
    public async Task Get_ADisputeTheReadModelDoesNotHave_Returns404()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        await MatrixAnswers.AssertAsync(await api.Http.GetAsync("/api/disputes/987654321"), 404, "There is no dispute #987654321.");
    }

    [Fact]
    public async Task MyNotifications_ListsTheCallersOwnNewestFirstWithTheUnreadCount()
    {
        var people = await DisputesApiPeople.ForAsync(fixture.App);
        var person = await people.NewPersonAsync();
        var now = DateTimeOffset.UtcNow;
        await AppReadModel.AddAsync(fixture.App,
            DisputeRows.Notification(person.Address, NotificationKind.DisputeOpened, people.WorkId, 5, now.AddDays(-2), readAt: now.AddDays(-1)),
            DisputeRows.Notification(person.Address, NotificationKind.DisputeRuled, people.WorkId, 5, now.AddHours(-1)),
            DisputeRows.Notification(people.Owner.Address, NotificationKind.DisputeRuled, people.WorkId, 5, now));
        using var api = people.Api(person);

        var body = await api.Http.GetFromJsonAsync<JsonElement>("/api/me/notifications");

        Assert.Equal(1, body.GetProperty("unread").GetInt32());
        Assert.Equal([("disputeRuled", false), ("disputeOpened", true)],
            body.GetProperty("items").EnumerateArray().Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("read").GetBoolean())));
    }

    private static async Task<List<long>> IdsAsync(ApiClient api, string url) =>
        (await api.Http.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("disputeId").GetInt64()).ToList();

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
