using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Api;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The authorization matrix of the REST API's state-changing endpoints and of those that answer with an account's
/// own data, against the real app: each role calls with its API token (anonymous callers with none), and each row
/// states the exact status and problem detail.
/// </summary>
[Collection("browser")]
public sealed class AuthorizationMatrixApiTests(BrowserFixture fixture)
{
    private const string SignInRequired = "Sign in, or send an API token as 'Authorization: Bearer <token>', to do this.";
    private const string NotAllowed = "Your account is not allowed to do this.";
    private const string NotTheOwner = "Only the owner of work #N can transfer it.";
    private const string NotTheOwnerToOffer = "Only the owner of work #N can offer licences for it.";
    private const string NothingToWithdraw = "You have nothing to withdraw.";
    private const string NotHolderOrBuyer = "Only the holder or the buyer of licence #N can download its certificate.";
    private const string NotTheOwnerToRespond = "Only the owner of work #N can respond to dispute #D.";
    private const string NothingBondOwed = "No bond is owed to you: there is nothing to withdraw.";
    private const string NotRuledYet = "Dispute #D has not been ruled yet.";
    private const string NotAParty = "Only the claimant or the owner of work #N at the ruling can appeal dispute #D.";

    /// <summary>Anvil's dev account #1: a valid address to transfer to that is none of the matrix's accounts.</summary>
    private const string Recipient = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    public static TheoryData<MatrixRole, int, string?> RegisterWorkRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 202, null },
        { MatrixRole.Licensee, 403, NotAllowed },
        { MatrixRole.Moderator, 202, null },
        { MatrixRole.Admin, 202, null },
    };

    /// <summary>Transfers of the Owner's work, which none of the roles owns.</summary>
    public static TheoryData<MatrixRole, int, string> TransferAnotherAccountsWorkRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotTheOwner },
        { MatrixRole.Licensee, 403, NotAllowed },
        { MatrixRole.Moderator, 403, NotTheOwner },
        { MatrixRole.Admin, 403, NotTheOwner },
    };

    public static TheoryData<MatrixRole> EveryRole => new(Enum.GetValues<MatrixRole>());

    /// <summary>Offers on the Owner's work, which none of the roles owns.</summary>
    public static TheoryData<MatrixRole, int, string> OfferOnAnotherAccountsWorkRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotTheOwnerToOffer },
        { MatrixRole.Licensee, 403, NotAllowed },
        { MatrixRole.Moderator, 403, NotTheOwnerToOffer },
        { MatrixRole.Admin, 403, NotTheOwnerToOffer },
    };

    /// <summary>Pausing, resuming and withdrawing the Owner's offer, which none of the roles made.</summary>
    public static TheoryData<string, MatrixRole, int, string> ChangeAnotherAccountsOfferRows
    {
        get
        {
            var rows = new TheoryData<string, MatrixRole, int, string>();
            foreach (var action in new[] { "pause", "resume", "withdraw" })
            {
                var notTheSeller = $"Only the seller of offer #N can {action} it.";
                rows.Add(action, MatrixRole.Anonymous, 401, SignInRequired);
                rows.Add(action, MatrixRole.Creator, 403, notTheSeller);
                rows.Add(action, MatrixRole.Licensee, 403, NotAllowed);
                rows.Add(action, MatrixRole.Moderator, 403, notTheSeller);
                rows.Add(action, MatrixRole.Admin, 403, notTheSeller);
            }
            return rows;
        }
    }

    /// <summary>Buying a licence under the Owner's offer: any signed-in account may (each holds the dev chain's 10 ETH).</summary>
    public static TheoryData<MatrixRole, int, string?> PurchaseRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 200, null },
        { MatrixRole.Licensee, 200, null },
        { MatrixRole.Moderator, 200, null },
        { MatrixRole.Admin, 200, null },
    };

    /// <summary>Downloads of the certificate of a licence of the Owner's work that the Licensee holds (and bought).</summary>
    public static TheoryData<MatrixRole, int, string?> DownloadLicenseesCertificateRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotHolderOrBuyer },
        { MatrixRole.Licensee, 200, null },
        { MatrixRole.Moderator, 403, NotHolderOrBuyer },
        { MatrixRole.Admin, 403, NotHolderOrBuyer },
    };

    /// <summary>Reading one's own licences or royalties: any account, each only its own.</summary>
    public static TheoryData<MatrixRole, int, string?> ReadOwnLicensingRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 200, null },
        { MatrixRole.Licensee, 200, null },
        { MatrixRole.Moderator, 200, null },
        { MatrixRole.Admin, 200, null },
    };

    /// <summary>Withdrawing earnings: any signed-in account may ask; none of the roles has sold anything.</summary>
    public static TheoryData<MatrixRole, int, string> WithdrawEarningsRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 409, NothingToWithdraw },
        { MatrixRole.Licensee, 409, NothingToWithdraw },
        { MatrixRole.Moderator, 409, NothingToWithdraw },
        { MatrixRole.Admin, 409, NothingToWithdraw },
    };

    /// <summary>Disputing the Owner's work: any signed-in account may (each holds the dev chain's 10 ETH for the bond).</summary>
    public static TheoryData<MatrixRole, int, string?> OpenDisputeRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 201, null },
        { MatrixRole.Licensee, 201, null },
        { MatrixRole.Moderator, 201, null },
        { MatrixRole.Admin, 201, null },
    };

    /// <summary>Answering a dispute on the Owner's work, which none of the roles owns.</summary>
    public static TheoryData<MatrixRole, int, string> RespondToADisputeOnAnotherAccountsWorkRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotTheOwnerToRespond },
        { MatrixRole.Licensee, 403, NotTheOwnerToRespond },
        { MatrixRole.Moderator, 403, NotTheOwnerToRespond },
        { MatrixRole.Admin, 403, NotTheOwnerToRespond },
    };

    /// <summary>Appealing a ruled dispute to which none of the roles is a party (not its claimant, not the work's owner).</summary>
    public static TheoryData<MatrixRole, int, string> AppealAnotherAccountsDisputeRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotAParty },
        { MatrixRole.Licensee, 403, NotAParty },
        { MatrixRole.Moderator, 403, NotAParty },
        { MatrixRole.Admin, 403, NotAParty },
    };

    /// <summary>Ruling on an open dispute: moderators only (an Admin is not one).</summary>
    /// <summary>Settling may be asked by any signed-in account (it only pays gas); the open dispute is not ruled yet.</summary>
    public static TheoryData<MatrixRole, int, string> SettleAnOpenDisputeRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 409, NotRuledYet },
        { MatrixRole.Licensee, 409, NotRuledYet },
        { MatrixRole.Moderator, 409, NotRuledYet },
        { MatrixRole.Admin, 409, NotRuledYet },
    };

    /// <summary>Withdrawing bonds: any signed-in account may ask; none of the roles is owed a settled bond.</summary>
    public static TheoryData<MatrixRole, int, string> WithdrawBondRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 409, NothingBondOwed },
        { MatrixRole.Licensee, 409, NothingBondOwed },
        { MatrixRole.Moderator, 409, NothingBondOwed },
        { MatrixRole.Admin, 409, NothingBondOwed },
    };

    /// <summary>Marking one's own notifications read.</summary>
    public static TheoryData<MatrixRole, int, string?> MarkNotificationsReadRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 204, null },
        { MatrixRole.Licensee, 204, null },
        { MatrixRole.Moderator, 204, null },
        { MatrixRole.Admin, 204, null },
    };

    public static TheoryData<MatrixRole, int, string?> RuleOnADisputeRows => new()
    {
        { MatrixRole.Anonymous, 401, SignInRequired },
        { MatrixRole.Creator, 403, NotAllowed },
        { MatrixRole.Licensee, 403, NotAllowed },
        { MatrixRole.Moderator, 200, null },
        { MatrixRole.Admin, 403, NotAllowed },
    };

    [Theory]
    [MemberData(nameof(RegisterWorkRows))]
    public async Task RegisterWork_ByRole_IsAcceptedOrRefusedAsTheMatrixSays(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.RegisterAsync(TestFiles.Unique(), $"Matrix: registered by {role}");

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null)
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationId").GetGuid();
            Assert.Equal(200, (int)(await api.Http.GetAsync($"/api/registrations/{id}")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TransferAnotherAccountsWorkRows))]
    public async Task TransferWork_OfAnotherAccountsWork_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);
        var workId = accounts.OwnersWorkId;

        var response = await api.Http.PostAsJsonAsync($"/api/works/{workId}/transfer", new { to = Recipient });

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#N", $"#{workId}"));
        Assert.Equal(accounts.Owner.Address, (await api.WaitForWorkAsync(workId)).GetProperty("owner").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task TransferWork_ByItsOwnerWhoIsACreator_Returns200WithTheTransaction()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(MatrixRole.Creator);
        var workId = await MatrixAccounts.RegisterWorkAsync(api);

        var response = await api.Http.PostAsJsonAsync($"/api/works/{workId}/transfer", new { to = Recipient });

        await MatrixAnswers.AssertAsync(response, 200, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(workId, body.GetProperty("workId").GetInt64());
        Assert.Equal(Recipient, body.GetProperty("to").GetString());
        Assert.Matches("^0x[0-9a-f]{64}$", body.GetProperty("txHash").GetString());
    }

    [Fact]
    public async Task TransferWork_ByItsOwnerWhoIsLicenseeOnly_Returns403NotAllowed()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var licensee = accounts[MatrixRole.Licensee];
        using var api = accounts.Api(licensee);

        var response = await api.Http.PostAsJsonAsync($"/api/works/{licensee.WorkId}/transfer", new { to = Recipient });

        await MatrixAnswers.AssertAsync(response, 403, NotAllowed);
        Assert.Equal(licensee.Address, (await api.WaitForWorkAsync(licensee.WorkId!.Value)).GetProperty("owner").GetString(), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(OfferOnAnotherAccountsWorkRows))]
    public async Task CreateOffer_OnAnotherAccountsWork_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);
        var workId = accounts.OwnersWorkId;

        var response = await api.Http.PostAsJsonAsync($"/api/works/{workId}/offers", new { price = "1", usage = "commercial", terms = "Matrix terms." });

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#N", $"#{workId}"));
    }

    [Fact]
    public async Task CreateOffer_OnItsOwnWorkByALicenseeOnly_Returns403NotAllowed()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var licensee = accounts[MatrixRole.Licensee];
        using var api = accounts.Api(licensee);

        var response = await api.Http.PostAsJsonAsync($"/api/works/{licensee.WorkId}/offers", new { price = "1", usage = "commercial", terms = "Matrix terms." });

        await MatrixAnswers.AssertAsync(response, 403, NotAllowed);
    }

    [Theory]
    [MemberData(nameof(ChangeAnotherAccountsOfferRows))]
    public async Task ChangeOffer_OfAnotherAccountsOffer_ByRole_IsRefusedAsTheMatrixSays(string action, MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);
        var offerId = accounts.OwnersOfferId;

        var response = await api.Http.PostAsync($"/api/offers/{offerId}/{action}", null);

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#N", $"#{offerId}"));
    }

    [Theory]
    [MemberData(nameof(PurchaseRows))]
    public async Task Purchase_OfAnotherAccountsOffer_ByRole_IsAllowedToEverySignedInAccount(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync($"/api/offers/{accounts.OwnersOfferId}/purchase", null);

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null) Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("licenceId").GetInt64() > 0);
    }

    [Fact]
    public async Task Purchase_OfItsOwnOfferByTheOwner_Returns409()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(accounts.Owner);

        var response = await api.Http.PostAsync($"/api/offers/{accounts.OwnersOfferId}/purchase", null);

        await MatrixAnswers.AssertAsync(response, 409, $"Work #{accounts.OwnersWorkId} is yours: you cannot buy a licence to your own work.");
    }

    [Theory]
    [MemberData(nameof(WithdrawEarningsRows))]
    public async Task WithdrawEarnings_ByRole_IsOpenToEverySignedInAccount(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync("/api/earnings/withdraw", null);

        await MatrixAnswers.AssertAsync(response, status, detail);
    }

    /// <summary>Verifying changes nothing; it is in the matrix because it is the one upload open to anonymous callers.</summary>
    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task VerifyFile_ByRole_IsAnswered(MatrixRole role)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.VerifyAsync(TestFiles.Unique());

        await MatrixAnswers.AssertAsync(response, 200, null);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registered").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(DownloadLicenseesCertificateRows))]
    public async Task DownloadCertificate_OfTheLicenseesLicence_ByRole_IsAllowedOnlyToItsHolder(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var licenceId = await SeedLicenceAsync(accounts, accounts[MatrixRole.Licensee].Address);
        using var api = accounts.Api(role);

        var response = await api.Http.GetAsync($"/api/licences/{licenceId}/certificate");

        await MatrixAnswers.AssertAsync(response, status, detail?.Replace("#N", $"#{licenceId}"));
        if (detail is null) Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(ReadOwnLicensingRows))]
    public async Task GetMyLicences_ByRole_ListsOnlyTheCallersOwn(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var address = role == MatrixRole.Anonymous ? null : accounts[role].Address;
        var own = address is null ? (long?)null : await SeedLicenceAsync(accounts, address);
        await SeedLicenceAsync(accounts, accounts.Owner.Address);
        using var api = accounts.Api(role);

        var response = await api.Http.GetAsync("/api/me/licences");

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is not null) return;
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, l => l.GetProperty("licenceId").GetInt64() == own);
        Assert.All(items, l => Assert.Equal(address, l.GetProperty("holder").GetString()));
    }

    [Theory]
    [MemberData(nameof(ReadOwnLicensingRows))]
    public async Task GetRoyalties_ByRole_AnswersTheCallersOwnReport(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.GetAsync("/api/royalties?from=2026-01-01&to=2027-01-01");

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null)
            Assert.Equal(accounts[role].Address, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipient").GetString());
    }

    [Theory]
    [MemberData(nameof(OpenDisputeRows))]
    public async Task OpenDispute_OnAnotherAccountsWork_ByRole_IsAllowedToEverySignedInAccount(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync($"/api/works/{accounts.OwnersWorkId}/disputes", DisputeForms.Open("unlawful", $"Matrix: disputed by {role}."));

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null) Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disputeId").GetInt64() > 0);
    }

    [Fact]
    public async Task OpenDispute_OnItsOwnWorkByTheOwner_Returns409()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(accounts.Owner);

        var response = await api.Http.PostAsync($"/api/works/{accounts.OwnersWorkId}/disputes", DisputeForms.Open("authorship", "Matrix: my own work."));

        await MatrixAnswers.AssertAsync(response, 409, $"Work #{accounts.OwnersWorkId} is yours: you cannot open a dispute on your own work.");
    }

    [Theory]
    [MemberData(nameof(RespondToADisputeOnAnotherAccountsWorkRows))]
    public async Task RespondToDispute_OnAnotherAccountsWork_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var disputes = await MatrixDisputes.ForAsync(fixture.App, accounts);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync($"/api/disputes/{disputes.OpenDisputeId}/response", DisputeForms.Statement("Matrix: an answer."));

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#N", $"#{accounts.OwnersWorkId}").Replace("#D", $"#{disputes.OpenDisputeId}"));
    }

    [Fact]
    public async Task RespondToDispute_OnItsOwnWorkByTheOwner_Returns200()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var disputeId = await MatrixDisputes.OpenAsync(fixture.App, accounts);
        using var api = accounts.Api(accounts.Owner);

        var response = await api.Http.PostAsync($"/api/disputes/{disputeId}/response", DisputeForms.Statement("Matrix: it is mine."));

        await MatrixAnswers.AssertAsync(response, 200, null);
    }

    [Theory]
    [MemberData(nameof(AppealAnotherAccountsDisputeRows))]
    public async Task AppealDispute_ToWhichTheRoleIsNoParty_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var disputes = await MatrixDisputes.ForAsync(fixture.App, accounts);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync($"/api/disputes/{disputes.RuledDisputeId}/appeal", DisputeForms.Statement("Matrix: an appeal."));

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#N", $"#{accounts.OwnersWorkId}").Replace("#D", $"#{disputes.RuledDisputeId}"));
    }

    [Theory]
    [MemberData(nameof(SettleAnOpenDisputeRows))]
    public async Task SettleDispute_BeforeItsRuling_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var disputes = await MatrixDisputes.ForAsync(fixture.App, accounts);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync($"/api/disputes/{disputes.OpenDisputeId}/settle", null);

        await MatrixAnswers.AssertAsync(response, status, detail.Replace("#D", $"#{disputes.OpenDisputeId}"));
    }

    [Theory]
    [MemberData(nameof(WithdrawBondRows))]
    public async Task WithdrawDisputeBond_ByRole_IsRefusedAsTheMatrixSays(MatrixRole role, int status, string detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync("/api/disputes/bonds/withdraw", null);

        await MatrixAnswers.AssertAsync(response, status, detail);
    }

    [Theory]
    [MemberData(nameof(MarkNotificationsReadRows))]
    public async Task MarkMyNotificationsRead_ByRole_IsAllowedToEverySignedInAccount(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsync("/api/me/notifications/read", null);

        await MatrixAnswers.AssertAsync(response, status, detail);
    }

    [Theory]
    [MemberData(nameof(RuleOnADisputeRows))]
    public async Task RuleOnDispute_ByRole_IsAllowedOnlyToModerators(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var disputeId = await MatrixDisputes.OpenAsync(fixture.App, accounts);
        await MatrixDisputes.ModeratorInForceAsync(fixture.App, accounts);
        using var api = accounts.Api(role);

        var response = await api.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling = "flagged", reason = $"Matrix: ruled by {role}." });

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null) Assert.Equal("ruling", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString());
    }

    [Theory]
    [MemberData(nameof(ReadOwnLicensingRows))]
    public async Task GetMyNotifications_ByRole_ListsOnlyTheCallersOwn(MatrixRole role, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var address = role == MatrixRole.Anonymous ? null : accounts[role].Address;
        if (address is not null)
            await AppReadModel.AddAsync(fixture.App, DisputeRows.Notification(address, Registry.Core.Notifications.NotificationKind.DisputeRuled, accounts.OwnersWorkId, 1, DateTimeOffset.UtcNow));
        await AppReadModel.AddAsync(fixture.App, DisputeRows.Notification(accounts.Owner.Address, Registry.Core.Notifications.NotificationKind.DisputeOpened, accounts.OwnersWorkId, 1, DateTimeOffset.UtcNow));
        using var api = accounts.Api(role);

        var response = await api.Http.GetAsync("/api/me/notifications");

        await MatrixAnswers.AssertAsync(response, status, detail);
        if (detail is null) Assert.Contains("disputeRuled", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()));
    }

    /// <summary>A perpetual licence of the Owner's work held by <paramref name="holder"/>, written to the app's read model as the indexer would.</summary>
    private async Task<long> SeedLicenceAsync(MatrixAccounts accounts, string holder)
    {
        var offer = LicensingRows.Offer(AppReadModel.NextId(), accounts.OwnersWorkId, accounts.Owner.Address);
        var licence = LicensingRows.Licence(AppReadModel.NextId(), offer, holder, validUntil: null);
        await AppReadModel.AddAsync(fixture.App, offer, licence);
        return licence.LicenceId;
    }
}
