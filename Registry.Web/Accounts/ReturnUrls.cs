namespace Registry.Web.Accounts;

public static class ReturnUrls
{
    /// <summary>The return address if it stays on this site, else the start page: a sign-in link must not send anyone elsewhere.</summary>
    public static string Local(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
