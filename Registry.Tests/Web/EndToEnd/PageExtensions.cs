using Microsoft.Playwright;

namespace Registry.Tests.Web.EndToEnd;

internal static class PageExtensions
{
    /// <summary>The input of a MudBlazor field, whichever element carries the test id.</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>
    /// Pages are prerendered before the interactive circuit attaches; our action buttons are disabled until then,
    /// so waiting for one to be enabled means clicks will not be lost.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page, string testId) =>
        await Assertions.Expect(page.GetByTestId(testId)).ToBeEnabledAsync(new() { Timeout = 30_000 });

    /// <summary>Signs up a new account through the form (which signs it in); returns its e-mail.</summary>
    public static async Task<string> SignUpAsync(this IPage page, string? email = null, string password = Accounts.TestAccounts.Password)
    {
        email ??= Accounts.TestAccounts.NewEmail();
        await page.GotoAsync("/account/signup");
        await page.GetByTestId("signup-email").FillAsync(email);
        await page.GetByTestId("signup-password").FillAsync(password);
        await page.GetByTestId("signup-confirm").FillAsync(password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-address")).ToBeVisibleAsync();
        return email;
    }

    public static async Task FillRegistrationAsync(this IPage page, string title, string filePath, string? tags = null)
    {
        await page.GotoAsync("/register");
        await page.WaitForInteractiveAsync("register");
        await page.Field("title").FillAsync(title);
        if (tags is not null) await page.Field("tags").FillAsync(tags);
        await page.GetByTestId("file").SetInputFilesAsync(filePath);
        await Assertions.Expect(page.GetByTestId("drop-zone")).ToContainTextAsync(Path.GetFileName(filePath));
    }
}
