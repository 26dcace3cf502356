namespace Registry.Tests.Infrastructure;

/// <summary>An HTTP handler that gives a prepared answer, for failures a real node cannot be made to produce on demand.</summary>
public sealed class CannedAnswerHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = answer(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
