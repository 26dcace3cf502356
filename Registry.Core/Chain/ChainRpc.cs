using Nethereum.JsonRpc.Client;

namespace Registry.Core.Chain;

/// <summary>Runs a call to the chain node, turning "the node is not there or answered with an error" into <see cref="ChainUnavailableException"/>.</summary>
internal static class ChainRpc
{
    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException or HttpRequestException or TaskCanceledException)
        {
            throw new ChainUnavailableException($"The chain node cannot be reached: {RootMessage(e)}", e);
        }
        catch (RpcResponseException e)
        {
            throw new ChainUnavailableException($"The chain node answered with an error: {e.Message}", e);
        }
    }

    private static string RootMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }
}
