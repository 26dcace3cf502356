namespace Registry.Tests.Infrastructure;

/// <summary>What <see cref="FaultyRpcProxy"/> does to a request instead of (or before) forwarding it.</summary>
public enum RpcFault
{
    /// <summary>Forwards the request to the node and its answer back.</summary>
    None,

    /// <summary>Answers HTTP 500 without asking the node.</summary>
    Http500,

    /// <summary>Answers HTTP 200 with a JSON-RPC error object for every call in the request.</summary>
    JsonRpcError,

    /// <summary>Waits <see cref="FaultyRpcProxy.Delay"/>, then forwards.</summary>
    Delay,

    /// <summary>Reads the request and closes the connection without a word.</summary>
    CloseConnection,
}
