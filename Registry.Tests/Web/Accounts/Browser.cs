using System.Net;
using AngleSharp.Html.Parser;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// A browser's part of the server-rendered account forms, over plain HTTP: it keeps cookies, reads the form's
/// antiforgery token from the page, posts the fields, and does not follow redirects (so tests can see them).
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(string baseUrl)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public Task<FormAnswer> SignUpAsync(string email, string password, string? confirmation = null) =>
        SubmitAsync("/account/signup", "signup", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmation ?? password,
        });

    public Task<FormAnswer> SignInAsync(string email, string password, string? returnUrl = null) =>
        SubmitAsync("/account/signin" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)), "signin", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public Task<FormAnswer> SignOutAsync() => SubmitAsync("/account/signout", "signout", []);

    /// <summary>Opens the page, then posts its form <paramref name="formName"/> with the page's antiforgery token.</summary>
    public async Task<FormAnswer> SubmitAsync(string path, string formName, Dictionary<string, string> fields)
    {
        var page = new HtmlParser().ParseDocument(await _http.GetStringAsync(path));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token.");
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = token;
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent(fields));
        return new FormAnswer((int)response.StatusCode, response.Headers.Location?.OriginalString,
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.ToList() : [],
            new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The value of the page's antiforgery token, for a script that posts to the API with this browser's cookies.</summary>
    public async Task<string> AntiforgeryTokenAsync(string path)
    {
        var page = new HtmlParser().ParseDocument(await _http.GetStringAsync(path));
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    public void Dispose() => _http.Dispose();
}
