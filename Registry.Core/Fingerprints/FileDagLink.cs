namespace Registry.Core.Fingerprints;

/// <summary>
/// A child of a UnixFS file node: its CID, its Tsize (the bytes of its whole sub-DAG, blocks included) and how
/// many bytes of the file it holds (the node's blocksize entry for it).
/// </summary>
internal readonly record struct FileDagLink(Cid Cid, long TotalSize, long FileSize);
