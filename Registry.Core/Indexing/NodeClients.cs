using Nethereum.Web3;
using Registry.Core.Chain;

namespace Registry.Core.Indexing;

/// <summary>What <see cref="IndexingPass"/> talks to a node with, kept while the connection stays the same (the range size carries over).</summary>
internal sealed record NodeClients(ChainConnection Connection, Web3 Web3, ChainLogSource Source, LogRangeReader Ranges);
