using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Registry.Core.Persistence;
using Registry.Core.Registration;

namespace Registry.Web.Api;

/// <summary>RFC 7807 problem details with a message a person can act on, and never a stack trace.</summary>
public static class ProblemResponses
{
    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static ProblemHttpResult For(RegistrationProblem problem)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = problem.Code.ToString() };
        if (problem.ExistingWorkId is { } workId) extensions["workId"] = workId;
        if (problem.RegistrationId is { } registrationId) extensions["registrationId"] = registrationId;
        if (problem.Similar is { } similar) extensions["similar"] = similar.Select(SimilarWorkResponse.From).ToList();
        var (status, title) = problem.Code switch
        {
            ProblemCode.AlreadyRegistered => (StatusCodes.Status409Conflict, "Already registered"),
            ProblemCode.AlreadyInProgress => (StatusCodes.Status409Conflict, "Registration in progress"),
            ProblemCode.NearDuplicate => (StatusCodes.Status409Conflict, "Near duplicate: confirm it is your own work"),
            ProblemCode.FileTooLarge => (StatusCodes.Status413PayloadTooLarge, "File too large"),
            _ => (StatusCodes.Status400BadRequest, "Invalid registration"),
        };
        return Problem(status, title, problem.Message, extensions);
    }

    public static async Task WriteUnhandledAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect("/error");
            return;
        }
        var (status, detail) = error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, RegistrationService.TooLarge(context.RequestServices.GetRequiredService<IOptions<StorageOptions>>().Value.MaxUploadBytes).Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            _ => (500, "Something went wrong on our side. Nothing you sent was lost; try again in a moment."),
        };
        context.Response.StatusCode = status;
        await TypedResults.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
