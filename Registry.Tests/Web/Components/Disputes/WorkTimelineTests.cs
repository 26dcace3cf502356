using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bunit;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Disputes;
using Registry.Web.Components.Works;

namespace Registry.Tests.Web.Components.Disputes;

public sealed class WorkTimelineTests : IAsyncLifetime
{
    private static readonly string Owner = LicensingRows.Address('a');
    private static readonly string Claimant = LicensingRows.Address('b');
    private static readonly string Moderator = LicensingRows.Address('c');
    private static readonly string OtherModerator = LicensingRows.Address('d');
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Timeline_ShowsEveryDisputeStep_WithItsDispute_ClaimRulingAndDocument()
    {
        var history = new[]
        {
            Step(1, WorkEventKind.Registered, to: Owner),
            Step(2, WorkEventKind.DisputeOpened, from: Claimant, disputeId: 4, document: "evidence"),
            Step(3, WorkEventKind.DisputeResponded, from: Owner, disputeId: 4, document: "counter-statement"),
            Step(4, WorkEventKind.DisputeRuled, from: Moderator, to: Owner, disputeId: 4, document: "reason", ruling: DisputeRuling.Dismissed),
            Step(5, WorkEventKind.DisputeAppealed, from: Claimant, disputeId: 4, document: "appeal"),
            Step(6, WorkEventKind.AppealRuled, from: OtherModerator, to: Owner, disputeId: 4, document: "appeal reason", ruling: DisputeRuling.Reassigned),
            Step(7, WorkEventKind.WorkReassigned, from: Owner, to: Claimant, disputeId: 4),
            Step(8, WorkEventKind.DisputeBondCredited, to: Claimant, disputeId: 4),
        };

        var timeline = _context.Bunit.Render<WorkTimeline>(p => p
            .Add(t => t.History, history)
            .Add(t => t.Disputes, new Dictionary<long, DisputeSummary> { [4] = new(4, 7, "Harbour at dawn", Claimant, DisputeClaim.Copies, 2, DisputeStatus.Closed, DisputeRuling.Reassigned, LicensingRows.Sold) }));

        Assert.Equal(["Registered", "Dispute opened", "Owner responded", "Dispute ruled", "Ruling appealed", "Appeal ruled", "Ownership reassigned by ruling", "Bond settled"],
            timeline.FindAll("[data-testid=timeline-event]").Select(e => e.TextContent));
        var items = timeline.FindAll("[data-testid=timeline] .mud-timeline-item");
        Assert.Null(items[0].QuerySelector("[data-testid=timeline-dispute]"));
        Assert.All(items.Skip(1), item => Assert.Equal("/disputes/4", item.QuerySelector("[data-testid=timeline-dispute]")!.GetAttribute("href")));
        Assert.Equal("Says it copies work #2", items[1].QuerySelector("[data-testid=timeline-claim]")!.TextContent.TrimStart(' ', '·'));
        Assert.Single(timeline.FindAll("[data-testid=timeline-claim]"));
        Assert.Equal(["Dismissed", "Upheld – Reassigned"], timeline.FindAll("[data-testid=timeline-ruling]").Select(r => r.TextContent));
        Assert.Equal(
            [("Evidence", Document(4, "evidence")), ("Counter-statement", Document(4, "counter-statement")), ("Reason", Document(4, "reason")),
             ("Appeal statement", Document(4, "appeal")), ("Reason", Document(4, "appeal reason"))],
            timeline.FindAll("[data-testid=timeline-document]").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        Assert.Contains($"By {Claimant}", items[1].TextContent);
        Assert.Contains($"By {Moderator}", items[3].TextContent);
        Assert.DoesNotContain(Owner, items[3].TextContent);
        Assert.Contains($"By {OtherModerator}", items[5].TextContent);
        Assert.Contains($"{Owner} → {Claimant}", items[6].TextContent);
        Assert.Equal($"Credited to {Claimant}", items[7].QuerySelector("[data-testid=timeline-credited]")!.TextContent);
    }

    [Fact]
    public void Timeline_InSimplifiedChinese_WordsDisputeStepsInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            var timeline = _context.Bunit.Render<WorkTimeline>(p => p.Add(t => t.History,
                [Step(1, WorkEventKind.DisputeOpened, from: Claimant, disputeId: 4, document: "evidence"),
                 Step(2, WorkEventKind.DisputeRuled, from: Moderator, disputeId: 4, document: "reason", ruling: DisputeRuling.Frozen)]));

            Assert.Equal(["发起争议", "争议已裁决"], timeline.FindAll("[data-testid=timeline-event]").Select(e => e.TextContent));
            Assert.Equal("成立 – 冻结", timeline.Find("[data-testid=timeline-ruling]").TextContent);
            Assert.Equal(["证据", "裁决理由"], timeline.FindAll("[data-testid=timeline-document]").Select(a => a.TextContent));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The content identifier of a document, made from its name so each step's is different.</summary>
    private static string CidOf(string document) => Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes(document))).ToString();

    private static string Document(long disputeId, string document) => $"/api/disputes/{disputeId}/documents/{CidOf(document)}";

    private static WorkEvent Step(int logIndex, WorkEventKind kind, string? from = null, string? to = null, long? disputeId = null,
        string? document = null, DisputeRuling? ruling = null) => new()
    {
        WorkId = 7,
        Kind = kind,
        From = from,
        To = to,
        DisputeId = disputeId,
        DocumentCid = document is null ? null : CidOf(document),
        Ruling = ruling,
        BlockNumber = logIndex,
        BlockHash = "0x" + new string('f', 64),
        TransactionHash = "0x" + logIndex.ToString("x64", CultureInfo.InvariantCulture),
        LogIndex = logIndex,
        Timestamp = LicensingRows.Sold.AddMinutes(logIndex),
    };

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
