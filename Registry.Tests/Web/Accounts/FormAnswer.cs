using AngleSharp.Html.Dom;

namespace Registry.Tests.Web.Accounts;

/// <summary>What a server-rendered form answered: the status, where it redirects, the cookies it set, and the page it rendered.</summary>
internal sealed record FormAnswer(int Status, string? Location, IReadOnlyList<string> SetCookies, IHtmlDocument Page)
{
    /// <summary>The texts of the alert with this test id (one per line item), trimmed.</summary>
    public IReadOnlyList<string> Problems(string testId)
    {
        var alert = Page.QuerySelector($"[data-testid={testId}] .mud-alert-message");
        if (alert is null) return [];
        var items = alert.QuerySelectorAll("div");
        return items.Length > 0 ? items.Select(d => d.TextContent.Trim()).ToList() : [alert.TextContent.Trim()];
    }
}
