using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Verification;

namespace Registry.Web.Api;

public static class VerifyApi
{
    public static IEndpointRouteBuilder MapVerifyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/verify", VerifyAsync).WithTags("Verify").WithName("VerifyFile").AddEndpointFilter<AntiforgeryGuard>()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Hash a file (it is not stored) and say whether it is registered, by whom and when.");
        return app;
    }

    private static async Task<Results<Ok<VerifyResponse>, ProblemHttpResult>> VerifyAsync(
        HttpContext context, VerificationService verification, IOptions<StorageOptions> storage, CancellationToken cancellationToken)
    {
        WorksApi.AllowUploadOf(context, storage.Value.MaxUploadBytes);
        var upload = MultipartUpload.Open(context.Request);
        if (upload is null)
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the file as multipart/form-data.");
        if (await upload.ReadUntilFileAsync("file", cancellationToken) is not { } file)
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "No file", "Choose a file to verify.");
        try
        {
            var result = await verification.VerifyAsync(file.Content, cancellationToken);
            if (result.Size == 0)
                return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Empty file", "The file is empty.");
            return TypedResults.Ok(new VerifyResponse(result.Registered, result.Sha256, result.Cid, result.Size,
                result.Work is null ? null : WorkResponse.From(result.Work), result.Similar.Select(SimilarWorkResponse.From).ToList()));
        }
        catch (UploadTooLargeException e)
        {
            return ProblemResponses.For(RegistrationService.TooLarge(e.Limit));
        }
    }
}
