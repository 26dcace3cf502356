using Registry.Core.Indexing.Reorgs;

namespace Registry.Core.Indexing;

/// <summary>
/// What the indexer is doing now, for the status page and the re-index command: written by the indexer's loop,
/// read by requests on other threads (hence the lock).
/// </summary>
public sealed class IndexerStatus
{
    private readonly Lock _lock = new();
    private long? _chainId;
    private long? _headBlock;
    private long? _indexedBlock;
    private bool _caughtUp;
    private IndexerFault? _fault;
    private ChainReorganisation? _lastReorg;

    public long? ChainId
    {
        get { lock (_lock) return _chainId; }
        set { lock (_lock) _chainId = value; }
    }

    /// <summary>The chain's newest block as the last pass saw it.</summary>
    public long? HeadBlock
    {
        get { lock (_lock) return _headBlock; }
        set { lock (_lock) _headBlock = value; }
    }

    /// <summary>The newest block whose events are in the read model.</summary>
    public long? IndexedBlock
    {
        get { lock (_lock) return _indexedBlock; }
        set { lock (_lock) _indexedBlock = value; }
    }

    /// <summary>A pass has reached the confirmed head since the indexer started.</summary>
    public bool CaughtUp
    {
        get { lock (_lock) return _caughtUp; }
        set { lock (_lock) _caughtUp = value; }
    }

    /// <summary>Set while passes fail; null once one succeeds.</summary>
    public IndexerFault? Fault
    {
        get { lock (_lock) return _fault; }
        set { lock (_lock) _fault = value; }
    }

    /// <summary>The last reorganisation rolled back since the indexer started (the checkpoint keeps its depth and time across restarts).</summary>
    public ChainReorganisation? LastReorg
    {
        get { lock (_lock) return _lastReorg; }
        set { lock (_lock) _lastReorg = value; }
    }
}
