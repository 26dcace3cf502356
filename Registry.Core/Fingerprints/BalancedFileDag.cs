using System.Security.Cryptography;

namespace Registry.Core.Fingerprints;

/// <summary>
/// Builds the CID of a file from the digests of its raw leaves, in order, with the importer's balanced layout:
/// leaves are grouped 174 to a node, those nodes 174 to a parent, and so on until one root is left; a file of
/// one chunk is its own raw leaf. A group is reduced as soon as it is full, so memory stays at 174 links per level.
/// </summary>
internal sealed class BalancedFileDag
{
    public const int MaxLinksPerNode = 174;

    private readonly List<List<FileDagLink>> _levels = [];
    private readonly byte[] _nodeBuffer = new byte[DagPbFileNode.MaxEncodedLength(MaxLinksPerNode)];

    public void AddLeaf(ReadOnlySpan<byte> sha256, int length) => Add(0, new FileDagLink(Cid.Raw(sha256), length, length));

    public Cid Complete()
    {
        if (_levels.Count == 0)
            throw new InvalidOperationException("A file has at least one leaf, even when empty.");
        for (var level = 0; ; level++)
        {
            var pending = _levels[level];
            var isTop = _levels.Skip(level + 1).All(above => above.Count == 0);
            if (isTop && pending.Count == 1)
                return pending[0].Cid;
            if (pending.Count > 0)
                ReduceInto(level);
        }
    }

    private void Add(int level, FileDagLink link)
    {
        if (_levels.Count == level)
            _levels.Add(new List<FileDagLink>(MaxLinksPerNode));
        _levels[level].Add(link);
        if (_levels[level].Count == MaxLinksPerNode)
            ReduceInto(level);
    }

    private void ReduceInto(int level)
    {
        var links = _levels[level];
        var length = DagPbFileNode.Encode(links, _nodeBuffer);
        var node = _nodeBuffer.AsSpan(0, length);
        var cid = Cid.DagPb(SHA256.HashData(node));
        long totalSize = length, fileSize = 0;
        foreach (var link in links)
        {
            totalSize += link.TotalSize;
            fileSize += link.FileSize;
        }
        links.Clear();
        Add(level + 1, new FileDagLink(cid, totalSize, fileSize));
    }
}
