using Registry.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>Two people in real Chromium: A registers a work (it is A's, not the platform's), transfers it to B, signs out.</summary>
[Collection("browser")]
public sealed class OwnershipJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Register_AsASignedUpCreator_OwnTheWork_TransferItToASecondUser_AndSignOut()
    {
        using var files = new TempDirectory();
        var bob = await browser.NewPageAsync();
        await bob.SignUpAsync();
        var bobAddress = await bob.GetByTestId("account-address").InnerTextAsync();

        var alice = await browser.NewPageAsync();
        await alice.SignUpAsync();
        var aliceAddress = await alice.GetByTestId("account-address").InnerTextAsync();
        await alice.FillRegistrationAsync($"Alice's lighthouse {Guid.NewGuid():N}"[..30], TestFiles.Write(files, "lighthouse.bin", TestFiles.Unique()));
        await alice.GetByTestId("register").ClickAsync();
        await Expect(alice.GetByTestId("result-owner")).ToHaveTextAsync(aliceAddress, new() { Timeout = 60_000 });

        await alice.GetByTestId("result-link").ClickAsync();
        await Expect(alice.GetByTestId("fact-owner")).ToHaveTextAsync(aliceAddress);
        await alice.WaitForInteractiveAsync("transfer-button");
        await alice.Field("transfer-to").FillAsync("0x0000000000000000000000000000000000000000");
        await alice.GetByTestId("transfer-button").ClickAsync();
        await Expect(alice.GetByTestId("transfer-problem")).ToHaveTextAsync("A work cannot be transferred to the zero address.");
        await alice.Field("transfer-to").FillAsync(bobAddress);
        await alice.GetByTestId("transfer-button").ClickAsync();
        await Expect(alice.GetByTestId("transfer-done")).ToContainTextAsync($"Transferred to {bobAddress} in transaction 0x");

        await Expect(alice.GetByTestId("fact-owner")).ToHaveTextAsync(bobAddress);
        await Expect(alice.GetByTestId("timeline-event")).ToHaveTextAsync(["Registered", "Transferred"]);
        await Expect(alice.GetByTestId("transfer")).ToHaveCountAsync(0);
        var workUrl = alice.Url;

        await alice.GetByTestId("nav-signout").ClickAsync();
        await alice.GetByTestId("signout-submit").ClickAsync();
        await Expect(alice.GetByTestId("nav-signin")).ToBeVisibleAsync();

        await bob.GotoAsync(workUrl);
        await Expect(bob.GetByTestId("fact-owner")).ToHaveTextAsync(bobAddress);
        await Expect(bob.GetByTestId("transfer")).ToBeVisibleAsync();
    }
}
