namespace Registry.Core.Fingerprints;

/// <summary>
/// Encodes a dag-pb node holding a UnixFS File, byte for byte as the js-ipfs / Kubo importers do: the Links
/// first, each {Hash, Name "", Tsize}, then Data = UnixFS {Type File, filesize, blocksizes (unpacked)}.
/// </summary>
internal static class DagPbFileNode
{
    private const byte PbNodeData = 0x0a;       // field 1, length-delimited
    private const byte PbNodeLinks = 0x12;      // field 2, length-delimited
    private const byte PbLinkHash = 0x0a;       // field 1, length-delimited
    private const byte PbLinkName = 0x12;       // field 2, length-delimited
    private const byte PbLinkTsize = 0x18;      // field 3, varint
    private const byte UnixFsType = 0x08;       // field 1, varint
    private const byte UnixFsFile = 0x02;
    private const byte UnixFsFileSize = 0x18;   // field 3, varint
    private const byte UnixFsBlockSize = 0x20;  // field 4, varint, repeated
    private const int MaxVarintLength = 10;

    public static int MaxEncodedLength(int linkCount) =>
        linkCount * (2 * (1 + MaxVarintLength) + 36 + 2 + 1 + MaxVarintLength) // links
        + 1 + MaxVarintLength + 2 + 1 + MaxVarintLength                         // data header, type, filesize
        + linkCount * (1 + MaxVarintLength);                                     // blocksizes

    /// <summary>Writes the node into <paramref name="destination"/> and returns its length.</summary>
    public static int Encode(IReadOnlyList<FileDagLink> links, Span<byte> destination)
    {
        var position = 0;
        long fileSize = 0;
        foreach (var link in links)
        {
            var hash = link.Cid.Bytes;
            var linkLength = 1 + VarintLength((ulong)hash.Length) + hash.Length + 2 + 1 + VarintLength((ulong)link.TotalSize);
            destination[position++] = PbNodeLinks;
            position += WriteVarint(destination[position..], (ulong)linkLength);
            destination[position++] = PbLinkHash;
            position += WriteVarint(destination[position..], (ulong)hash.Length);
            hash.CopyTo(destination[position..]);
            position += hash.Length;
            destination[position++] = PbLinkName;
            destination[position++] = 0;
            destination[position++] = PbLinkTsize;
            position += WriteVarint(destination[position..], (ulong)link.TotalSize);
            fileSize += link.FileSize;
        }

        var dataLength = 2 + 1 + VarintLength((ulong)fileSize);
        foreach (var link in links)
            dataLength += 1 + VarintLength((ulong)link.FileSize);
        destination[position++] = PbNodeData;
        position += WriteVarint(destination[position..], (ulong)dataLength);
        destination[position++] = UnixFsType;
        destination[position++] = UnixFsFile;
        destination[position++] = UnixFsFileSize;
        position += WriteVarint(destination[position..], (ulong)fileSize);
        foreach (var link in links)
        {
            destination[position++] = UnixFsBlockSize;
            position += WriteVarint(destination[position..], (ulong)link.FileSize);
        }
        return position;
    }

    private static int VarintLength(ulong value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }
        return length;
    }

    private static int WriteVarint(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[i++] = (byte)value;
        return i;
    }
}
