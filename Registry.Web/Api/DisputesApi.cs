using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Core.Notifications;
using Registry.Core.Persistence;
using Registry.Web.Accounts;

namespace Registry.Web.Api;

/// <summary>
/// Disputes over works: opened, answered and appealed by signed-in accounts, ruled by moderators, and read by anyone
/// (lists, details with every step, and the documents and files that belong to a dispute). The caller's custodial key
/// signs and pays; each answer comes once the transaction is mined. Browsers (cookies) must send the antiforgery
/// token; API tokens need none. Statements and files are multipart/form-data, each file streamed to a temporary file
/// with the evidence limits enforced while it is read.
/// </summary>
public static class DisputesApi
{
    /// <summary>Files may be measured up to this much past the limit, so that a refusal can say how large they are.</summary>
    public const long MaxRequestBytes = 2 * DisputeLimits.MaxTotalBytes;

    /// <summary>Types shown as themselves; any other file is served as bytes to download, never as a page of this site.</summary>
    private static readonly HashSet<string> ShownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "audio/mpeg", "video/mp4",
    };

    /// <remarks>
    /// The multipart endpoints carry no <c>Accepts</c> metadata: routing would answer another content type with an empty
    /// 415 before the handler runs (which the status-code pages then re-execute into an HTML 400), instead of the
    /// handler's problem saying what to send.
    /// </remarks>
    public static IEndpointRouteBuilder MapDisputesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/works/{id:long}/disputes", OpenAsync).WithTags("Disputes").WithName("OpenDispute")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary($"Dispute a work (any signed-in account; your account pays the contract's bond plus gas): multipart fields claim ({DisputeMessages.Claims}), copiedWorkId (for copies), statement (1–10,000 characters), and up to {DisputeLimits.MaxFiles} 'files' parts (each ≤ 10 MiB, ≤ 20 MiB in all).");

        var disputes = app.MapGroup("/api/disputes").WithTags("Disputes");
        disputes.MapGet("/", ListAsync).WithName("ListDisputes")
            .WithSummary($"Disputes, newest first; status=open or appealed lists that queue oldest first. Filters: status ({DisputeMessages.Statuses}), claim ({DisputeMessages.Claims}), claimant (address), work (id). Public.");
        disputes.MapGet("/{id:long}", GetAsync).WithName("GetDispute")
            .WithSummary("A dispute: its claim, status, rulings, both works, the fingerprint distance, every step with its document's URL, and the audit of rulings given through this app. Public.");
        disputes.MapGet("/{id:long}/documents/{cid}", DocumentAsync).WithName("GetDisputeDocument")
            .WithSummary("A document of the dispute (its evidence, counter-statements, appeal and reasons, as JSON) or a file attached to one. Only the dispute's own CIDs are served. Public.");
        disputes.MapPost("/{id:long}/response", RespondAsync).WithName("RespondToDispute")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Add a counter-statement to an open dispute on a work you own: multipart field statement, then up to five 'files' parts.");
        disputes.MapPost("/{id:long}/appeal", AppealAsync).WithName("AppealDispute")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Appeal a ruling once, within the appeal window, as its claimant or the work's owner at the ruling: multipart field statement, then up to five 'files' parts.");
        disputes.MapPost("/{id:long}/ruling", RuleAsync).WithName("RuleOnDispute")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization(RegistryRoles.Moderator)
            .WithSummary($"Rule on an open or appealed dispute (Moderator): JSON {{ ruling ({DisputeMessages.Rulings}), reason (required), revokeLicences (licence ids; frozen or reassigned only) }}. An appeal must be ruled by another moderator.");

        disputes.MapPost("/{id:long}/settle", SettleAsync).WithName("SettleDispute")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Make an unappealed ruling final once its appeal window has passed, crediting the bond (any signed-in account; it pays the gas).");
        disputes.MapPost("/bonds/withdraw", WithdrawBondAsync).WithName("WithdrawDisputeBond")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Withdraw every settled bond credited to your account, to your address.");

        app.MapPost("/api/me/notifications/read", MarkNotificationsReadAsync).WithTags("Disputes").WithName("MarkMyNotificationsRead")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Mark all of the signed-in account's notifications read.");
        app.MapGet("/api/me/notifications", NotificationsAsync).WithTags("Disputes").WithName("GetMyNotifications").RequireAuthorization()
            .WithSummary("The signed-in account's notifications (disputes opened, ruled, appealed on works it owns or licenses, or it is party to), newest first, with the number unread.");
        return app;
    }

    public static string DisputePath(long disputeId) => $"/api/disputes/{disputeId}";

    public static string DocumentPath(long disputeId, string cid) => $"/api/disputes/{disputeId}/documents/{Uri.EscapeDataString(cid)}";

    private static Task<Results<Created<DisputeOpenedResponse>, ProblemHttpResult>> OpenAsync(
        long id, HttpContext context, DisputeService service, IOptions<StorageOptions> storage, CancellationToken cancellationToken) =>
        WithUploadAsync<Created<DisputeOpenedResponse>>(context, storage.Value, async upload =>
        {
            var fields = upload.Fields;
            if (fields.GetValueOrDefault("claim") is not { Length: > 0 } claimText) return Invalid(DisputeMessages.ClaimMissing);
            if (ApiNames.Parse<DisputeClaim>(claimText) is not { } claim) return Invalid(DisputeMessages.ClaimUnknown(claimText));
            long? copiedWorkId = null;
            if (fields.GetValueOrDefault("copiedWorkId") is { Length: > 0 } copiedText)
            {
                if (!long.TryParse(copiedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var copied)) return Invalid(ApiInput.WorkInvalid(copiedText));
                copiedWorkId = copied;
            }
            var outcome = await service.OpenAsync(context.User.GetUserId()!,
                new DisputeRequest(id, claim, copiedWorkId, fields.GetValueOrDefault("statement") ?? "", upload.Files), cancellationToken);
            if (outcome.DisputeId is not { } disputeId) return Refused(outcome);
            return TypedResults.Created(DisputePath(disputeId), new DisputeOpenedResponse(disputeId, id, outcome.TransactionHash!));
        }, cancellationToken);

    private static Task<Results<Ok<DisputeActionResponse>, ProblemHttpResult>> RespondAsync(
        long id, HttpContext context, DisputeService service, IOptions<StorageOptions> storage, CancellationToken cancellationToken) =>
        StatementAsync(id, "response", context, storage.Value, (userId, request) => service.RespondAsync(userId, id, request, cancellationToken), cancellationToken);

    private static Task<Results<Ok<DisputeActionResponse>, ProblemHttpResult>> AppealAsync(
        long id, HttpContext context, DisputeService service, IOptions<StorageOptions> storage, CancellationToken cancellationToken) =>
        StatementAsync(id, "appeal", context, storage.Value, (userId, request) => service.AppealAsync(userId, id, request, cancellationToken), cancellationToken);

    private static Task<Results<Ok<DisputeActionResponse>, ProblemHttpResult>> StatementAsync(
        long id, string action, HttpContext context, StorageOptions storage, Func<string, StatementRequest, Task<DisputeOutcome>> send, CancellationToken cancellationToken) =>
        WithUploadAsync<Ok<DisputeActionResponse>>(context, storage, async upload =>
        {
            var outcome = await send(context.User.GetUserId()!, new StatementRequest(upload.Fields.GetValueOrDefault("statement") ?? "", upload.Files));
            return outcome.TransactionHash is { } hash ? TypedResults.Ok(new DisputeActionResponse(id, action, hash)) : Refused(outcome);
        }, cancellationToken);

    private static async Task<Results<Ok<DisputeActionResponse>, ProblemHttpResult>> RuleAsync(
        long id, RulingBody body, HttpContext context, ModerationService moderation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Ruling)) return Invalid(DisputeMessages.RulingMissing);
        if (ApiNames.Parse<DisputeRuling>(body.Ruling) is not { } ruling) return Invalid(DisputeMessages.RulingUnknown(body.Ruling));
        try
        {
            var outcome = await moderation.RuleAsync(context.User.GetUserId()!, id, new RulingRequest(ruling, body.Reason ?? "", body.RevokeLicences ?? []), cancellationToken);
            return outcome.TransactionHash is { } hash ? TypedResults.Ok(new DisputeActionResponse(id, "ruling", hash)) : Refused(outcome);
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<DisputeListResponse>, ProblemHttpResult>> ListAsync(
        string? status, string? claim, string? claimant, string? work, DisputeCatalog catalog, CancellationToken cancellationToken)
    {
        DisputeStatus? statusFilter = null;
        DisputeClaim? claimFilter = null;
        long? workFilter = null;
        if (!string.IsNullOrWhiteSpace(status) && (statusFilter = ApiNames.Parse<DisputeStatus>(status)) is null)
            return Invalid(DisputeMessages.StatusUnknown(status), "Invalid query");
        if (!string.IsNullOrWhiteSpace(claim) && (claimFilter = ApiNames.Parse<DisputeClaim>(claim)) is null)
            return Invalid(DisputeMessages.ClaimUnknown(claim), "Invalid query");
        if (!string.IsNullOrWhiteSpace(claimant) && !ApiInput.IsAddress(claimant))
            return Invalid(ApiInput.AddressInvalid(claimant), "Invalid query");
        if (!string.IsNullOrWhiteSpace(work))
        {
            if (!long.TryParse(work.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var workId)) return Invalid(ApiInput.WorkInvalid(work), "Invalid query");
            workFilter = workId;
        }
        var items = await catalog.ListAsync(new DisputeQuery(statusFilter, claimFilter, Claimant: claimant, WorkId: workFilter), cancellationToken);
        return TypedResults.Ok(new DisputeListResponse(items.Select(DisputeSummaryResponse.From).ToList()));
    }

    private static async Task<Results<Ok<DisputeDetailsResponse>, ProblemHttpResult>> GetAsync(long id, DisputeCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.GetAsync(id, cancellationToken) is { } details
            ? TypedResults.Ok(DisputeDetailsResponse.From(details))
            : ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", DisputeMessages.NoDispute(id));

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DocumentAsync(
        long id, string cid, HttpContext context, DisputeCatalog catalog, IContentStore store, CancellationToken cancellationToken)
    {
        var details = await catalog.GetAsync(id, cancellationToken);
        if (details is null) return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", DisputeMessages.NoDispute(id));
        var notOfDispute = ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", DisputeMessages.NotADocumentOf(id, cid));
        if (!Cid.TryParse(cid, out var wanted)) return notOfDispute;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            var documents = DocumentCids(details);
            if (documents.Contains(wanted.ToString()))
                return TypedResults.Stream(await store.OpenReadAsync(wanted, cancellationToken), "application/json");
            foreach (var documentCid in documents)
            {
                var document = await catalog.ReadDocumentAsync(documentCid, cancellationToken);
                if (document?.Files.FirstOrDefault(f => Cid.TryParse(f.Cid, out var c) && c.Equals(wanted)) is { } file)
                    return TypedResults.Stream(await store.OpenReadAsync(wanted, cancellationToken),
                        ShownTypes.Contains(file.ContentType) ? file.ContentType : "application/octet-stream", file.Name);
            }
            return notOfDispute;
        }
        catch (ContentNotFoundException)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"The content store does not have {wanted} (yet).");
        }
        catch (ContentStoreUnavailableException e)
        {
            return ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable, "Content store unavailable", e.Message);
        }
    }

    private static async Task<Results<Ok<DisputeActionResponse>, ProblemHttpResult>> SettleAsync(
        long id, HttpContext context, DisputeService service, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await service.SettleAsync(context.User.GetUserId()!, id, cancellationToken);
            return outcome.TransactionHash is { } hash ? TypedResults.Ok(new DisputeActionResponse(id, "settle", hash)) : Refused(outcome);
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> WithdrawBondAsync(
        HttpContext context, AccountService accounts, DisputeService service, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        try
        {
            var owed = await service.OwedAsync(address, cancellationToken);
            var outcome = await service.WithdrawBondAsync(context.User.GetUserId()!, cancellationToken);
            if (outcome.TransactionHash is not { } hash) return Refused(outcome);
            return TypedResults.Ok(new WithdrawalResponse(owed.ToString(CultureInfo.InvariantCulture), NativeAmount.Format(owed), hash));
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkNotificationsReadAsync(
        HttpContext context, AccountService accounts, NotificationInbox inbox, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        await inbox.MarkAllReadAsync(address, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<NotificationListResponse>, ProblemHttpResult>> NotificationsAsync(
        int? limit, HttpContext context, AccountService accounts, NotificationInbox inbox, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        var items = await inbox.ListAsync(address, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new NotificationListResponse(items.Select(NotificationResponse.From).ToList(), await inbox.UnreadCountAsync(address, cancellationToken)));
    }

    /// <summary>The CIDs of the dispute's documents (not of their files), as the read model and the audit know them.</summary>
    private static HashSet<string> DocumentCids(DisputeDetails details)
    {
        var d = details.Dispute;
        return new[] { d.EvidenceCid, d.CounterStatementCid, d.AppealEvidenceCid, d.ReasonCid, d.AppealReasonCid }
            .Concat(details.Steps.Select(s => s.DocumentCid))
            .Concat(details.Decisions.Select(decision => decision.ReasonCid))
            .OfType<string>().ToHashSet();
    }

    /// <summary>Reads the multipart statement and files, refuses them when over the limits, and otherwise hands them to <paramref name="handle"/>.</summary>
    private static async Task<Results<TOk, ProblemHttpResult>> WithUploadAsync<TOk>(
        HttpContext context, StorageOptions storage, Func<EvidenceUpload, Task<Results<TOk, ProblemHttpResult>>> handle, CancellationToken cancellationToken)
        where TOk : IResult
    {
        WorksApi.AllowUploadOf(context, MaxRequestBytes);
        EvidenceUpload? upload;
        try
        {
            upload = await EvidenceUpload.ReadAsync(context.Request, Path.Combine(storage.DataDirectory, "evidence-uploads"), cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ProblemResponses.Problem(StatusCodes.Status413PayloadTooLarge, "Evidence too large",
                DisputeMessages.RequestTooLarge(MaxRequestBytes + Extensions.RegistryWebBuilderExtensions.UploadOverheadBytes));
        }
        if (upload is null) return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", DisputeMessages.MultipartRequired);
        await using (upload)
        {
            if (upload.Refusal is { } tooLarge) return Refused(tooLarge);
            try
            {
                return await handle(upload);
            }
            catch (ChainUnavailableException e)
            {
                return Unavailable(e);
            }
        }
    }

    private static ProblemHttpResult Refused(DisputeOutcome outcome)
    {
        var (status, title) = outcome.Problem switch
        {
            DisputeProblem.UnknownWork or DisputeProblem.UnknownDispute => (StatusCodes.Status404NotFound, "Not found"),
            DisputeProblem.NotOwner or DisputeProblem.NotModerator or DisputeProblem.NotParty or DisputeProblem.SameModerator
                => (StatusCodes.Status403Forbidden, "Forbidden"),
            DisputeProblem.AlreadyOpen or DisputeProblem.WrongStatus or DisputeProblem.AppealWindowClosed or DisputeProblem.AppealWindowOpen
                or DisputeProblem.OwnWork or DisputeProblem.NothingOwed or DisputeProblem.InsufficientFunds or DisputeProblem.Refused
                => (StatusCodes.Status409Conflict, "Dispute refused"),
            DisputeProblem.FileTooLarge or DisputeProblem.EvidenceTooLarge => (StatusCodes.Status413PayloadTooLarge, "Evidence too large"),
            DisputeProblem.ContentStoreUnavailable => (StatusCodes.Status503ServiceUnavailable, "Content store unavailable"),
            _ => (StatusCodes.Status400BadRequest, "Invalid dispute"),
        };
        return ProblemResponses.Problem(status, title, outcome.Message!, new Dictionary<string, object?> { ["code"] = outcome.Problem.ToString() });
    }

    private static ProblemHttpResult Invalid(string detail, string title = "Invalid dispute") =>
        ProblemResponses.Problem(StatusCodes.Status400BadRequest, title, detail);

    private static ProblemHttpResult Unavailable(ChainUnavailableException e) =>
        ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable, "Chain unavailable", e.Message);
}
