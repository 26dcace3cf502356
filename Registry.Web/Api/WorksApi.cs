using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Registry.Core.Accounts;
using Registry.Core.ContentStore;
using Registry.Core.Persistence;
using Registry.Core.Previews;
using Registry.Core.Registration;
using Registry.Core.Search;
using Registry.Core.Works;
using Registry.Web.Accounts;
using Registry.Web.Extensions;

namespace Registry.Web.Api;

public static class WorksApi
{
    public static IEndpointRouteBuilder MapWorksApi(this IEndpointRouteBuilder app)
    {
        var works = app.MapGroup("/api/works").WithTags("Works");
        works.MapPost("/", RegisterAsync).WithName("RegisterWork").AddEndpointFilter<AntiforgeryGuard>()
            .RequireAuthorization(RegistryRoles.Creator)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Register a file (Creator; cookie or API token): multipart fields title, description, kind (image|text|audio|video|other), tags (comma-separated), publish (true|false), split (optional royalty split \"0x…:6000;0x…:4000\" in basis points summing to 10,000; empty: the creator alone), then file.");
        works.MapGet("/", ListAsync).WithName("SearchWorks")
            .WithSummary("Full-text search (q) or exact lookup by sha256, cid or owner address; paged.");
        works.MapGet("/{id:long}", GetAsync).WithName("GetWork");
        works.MapGet("/{id:long}/content", DownloadAsync).WithName("DownloadWork");
        works.MapGet("/{id:long}/thumbnail", ThumbnailAsync).WithName("GetWorkThumbnail")
            .Produces(StatusCodes.Status200OK, contentType: Thumbnail.ContentType)
            .WithSummary($"A JPEG of a published image work, at most {ThumbnailMaker.MaxSide} px on its longest side; 404 for any other work.");
        works.MapPost("/{id:long}/transfer", TransferAsync).WithName("TransferWork").AddEndpointFilter<AntiforgeryGuard>()
            .RequireAuthorization(RegistryRoles.Creator)
            .WithSummary("Transfer a work you own to another address (your account signs and pays the ERC-721 transfer).");
        return app;
    }

    /// <summary>Thumbnails are made from content that never changes under the work's CID: browsers may keep them a day.</summary>
    public const string ThumbnailCacheControl = "public, max-age=86400";

    public static string ThumbnailPath(long workId) => $"/api/works/{workId}/thumbnail";

    internal static void AllowUploadOf(HttpContext context, long maxBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes + RegistryWebBuilderExtensions.UploadOverheadBytes;
    }

    private static async Task<Results<Accepted<RegistrationAccepted>, ProblemHttpResult>> RegisterAsync(
        HttpContext context, RegistrationService registrations, IOptions<StorageOptions> storage, CancellationToken cancellationToken)
    {
        AllowUploadOf(context, storage.Value.MaxUploadBytes);
        var upload = MultipartUpload.Open(context.Request);
        if (upload is null)
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the work as multipart/form-data.");

        var file = await upload.ReadUntilFileAsync("file", cancellationToken);
        var details = ReadDetails(upload.Fields, out var kindProblem);
        if (kindProblem is not null)
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid registration", kindProblem);

        var outcome = await registrations.ReceiveAsync(file?.Content, file?.FileName ?? "", details, progress: null, cancellationToken, creatorId: context.User.GetUserId());
        if (outcome.Problem is { } problem) return ProblemResponses.For(problem);
        var id = outcome.RegistrationId!.Value;
        return TypedResults.Accepted($"/api/registrations/{id}", new RegistrationAccepted(id));
    }

    private static WorkDetails ReadDetails(IReadOnlyDictionary<string, string> fields, out string? kindProblem)
    {
        kindProblem = null;
        var kindText = fields.GetValueOrDefault("kind");
        var kind = WorkKind.Other;
        if (!string.IsNullOrWhiteSpace(kindText) && (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _)))
            kindProblem = $"'{kindText}' is not a kind of work: use image, text, audio, video or other.";
        var publish = !bool.TryParse(fields.GetValueOrDefault("publish"), out var p) || p;
        var confirmOwnWork = bool.TryParse(fields.GetValueOrDefault("confirmOwnWork"), out var c) && c;
        return new WorkDetails(
            fields.GetValueOrDefault("title") ?? "",
            fields.GetValueOrDefault("description") ?? "",
            kind,
            WorkDetailsValidator.ParseTags(fields.GetValueOrDefault("tags")),
            publish,
            confirmOwnWork,
            fields.GetValueOrDefault("split"));
    }

    private static async Task<Results<Ok<WorkResponse>, ProblemHttpResult>> GetAsync(long id, WorkCatalog catalog, CancellationToken cancellationToken)
    {
        var work = await catalog.GetAsync(id, cancellationToken);
        if (work is null) return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no work #{id}.");
        return TypedResults.Ok(WorkResponse.From(work, await catalog.GetHistoryAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<WorkListResponse>, ProblemHttpResult>> ListAsync(
        string? q, string? sha256, string? cid, string? owner, int? page, int? pageSize, WorkSearch search, CancellationToken cancellationToken)
    {
        var (input, expected, problem) = (sha256, cid, owner) switch
        {
            ({ } s, _, _) => (s, SearchQueryKind.Sha256, $"'{s}' is not a valid SHA-256: expected 64 hexadecimal digits."),
            (_, { } c, _) => (c, SearchQueryKind.Cid, $"'{c}' is not a valid CID."),
            (_, _, { } o) => (o, SearchQueryKind.Address, $"'{o}' is not a valid address: expected 0x followed by 40 hexadecimal digits."),
            _ => (q, (SearchQueryKind?)null, ""),
        };
        var result = await search.SearchAsync(input, page ?? 1, pageSize ?? 20, cancellationToken);
        if (expected is { } kind && result.Query.Kind != kind)
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid query", problem);
        if (result.Query.IsMalformed)
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid query", SearchMessages.Malformed(result.Query));
        return TypedResults.Ok(new WorkListResponse(result.Items.Select(w => WorkResponse.From(w)).ToList(), result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<TransferResponse>, ProblemHttpResult>> TransferAsync(
        long id, TransferRequest request, HttpContext context, WorkTransfers transfers, CancellationToken cancellationToken)
    {
        var outcome = await transfers.TransferAsync(context.User.GetUserId()!, id, request.To, cancellationToken);
        if (outcome.TransactionHash is { } hash) return TypedResults.Ok(new TransferResponse(id, request.To!.ToLowerInvariant(), hash));
        var status = outcome.Problem switch
        {
            TransferProblem.NotOwner => StatusCodes.Status403Forbidden,
            TransferProblem.UnknownWork => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return ProblemResponses.Problem(status, "Transfer refused", outcome.Message!,
            new Dictionary<string, object?> { ["code"] = outcome.Problem.ToString() });
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(long id, WorkContentService content, CancellationToken cancellationToken)
    {
        try
        {
            var file = await content.OpenAsync(id, cancellationToken);
            return file is null
                ? ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"Work #{id} has no published content.")
                : TypedResults.Stream(file.Stream, "application/octet-stream", file.FileName);
        }
        catch (ContentStoreUnavailableException e)
        {
            return ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable, "Content store unavailable", e.Message);
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ThumbnailAsync(
        long id, HttpContext context, WorkCatalog catalog, WorkPreviews previews, CancellationToken cancellationToken)
    {
        var work = await catalog.GetAsync(id, cancellationToken);
        if (work is null) return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no work #{id}.");
        try
        {
            var thumbnail = await previews.GetThumbnailAsync(work, cancellationToken);
            if (thumbnail is null)
                return ProblemResponses.Problem(StatusCodes.Status404NotFound, "No thumbnail", $"Work #{id} has no thumbnail: only a published image has one.");
            context.Response.Headers.CacheControl = ThumbnailCacheControl;
            return TypedResults.File(thumbnail.Jpeg, Thumbnail.ContentType,
                entityTag: new EntityTagHeaderValue($"\"{work.Cid}-{ThumbnailMaker.MaxSide}\""));
        }
        catch (ContentStoreUnavailableException e)
        {
            return ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable, "Content store unavailable", e.Message);
        }
    }
}
