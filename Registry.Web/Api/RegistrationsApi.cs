using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Registration;

namespace Registry.Web.Api;

public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/registrations/{id:guid}", GetAsync).WithTags("Registrations").WithName("GetRegistration");
        return app;
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> GetAsync(Guid id, RegistrationService registrations, CancellationToken cancellationToken) =>
        await registrations.GetAsync(id, cancellationToken) is { } r
            ? TypedResults.Ok(RegistrationResponse.From(r))
            : ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", $"There is no registration {id}.");
}
