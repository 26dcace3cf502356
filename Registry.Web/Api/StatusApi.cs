using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Indexing;

namespace Registry.Web.Api;

/// <summary>How far the read model is from the chain, for people and for monitoring.</summary>
public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetAsync).WithTags("Status").WithName("GetStatus")
            .WithSummary("The indexer's state: chain id, the chain's head and the indexed block, the lag between them, events indexed, "
                + "whether it is backfilling (and how far), the last reorganisation rolled back, and the last error while it is retrying.");
        return app;
    }

    private static async Task<Ok<StatusResponse>> GetAsync(IndexerStatusReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(StatusResponse.From(await reader.ReadAsync(cancellationToken)));
}
