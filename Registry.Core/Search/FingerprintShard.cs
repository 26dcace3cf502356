namespace Registry.Core.Search;

/// <summary>
/// The fingerprints of one kind, in fixed-size chunks of parallel arrays (8 bytes of fingerprint and 4 of work id
/// per entry). Readers scan an immutable snapshot without locking: an append writes a slot no published snapshot
/// covers and then publishes a longer one; a removal copies the chunks it changes. One writer at a time (the
/// caller serialises them).
/// </summary>
internal sealed class FingerprintShard
{
    public const int ChunkSize = 16 * 1024;

    private Snapshot _snapshot = new([], 0);

    public int Count => Volatile.Read(ref _snapshot).Count;

    /// <summary>Bytes held by the arrays, including the unused tail of the last chunk.</summary>
    public long AllocatedBytes
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            return (long)ChunksInUse(snapshot.Count) * ChunkSize * (sizeof(ulong) + sizeof(uint)) + (long)snapshot.Chunks.Length * IntPtr.Size;
        }
    }

    public void Append(uint workId, ulong fingerprint)
    {
        var snapshot = _snapshot;
        var chunks = snapshot.Chunks;
        var (chunk, slot) = Math.DivRem(snapshot.Count, ChunkSize);
        if (slot == 0)
        {
            // Slots past the snapshot's count are never read, so a directory with room is filled in place.
            if (chunk == chunks.Length) Array.Resize(ref chunks, Math.Max(4, chunks.Length * 2));
            chunks[chunk] = new Chunk();
        }
        chunks[chunk].Fingerprints[slot] = fingerprint;
        chunks[chunk].WorkIds[slot] = workId;
        Volatile.Write(ref _snapshot, new Snapshot(chunks, snapshot.Count + 1));
    }

    /// <summary>Moves the last entry into the removed one's place, in copies of the chunks concerned.</summary>
    public bool Remove(uint workId)
    {
        var snapshot = _snapshot;
        var position = IndexOf(snapshot, workId);
        if (position < 0) return false;

        var last = snapshot.Count - 1;
        var chunks = (Chunk[])snapshot.Chunks.Clone();
        var (lastChunk, lastSlot) = Math.DivRem(last, ChunkSize);
        var (chunk, slot) = Math.DivRem(position, ChunkSize);
        chunks[lastChunk] = chunks[lastChunk].Copy();
        if (chunk != lastChunk) chunks[chunk] = chunks[chunk].Copy();
        chunks[chunk].Fingerprints[slot] = chunks[lastChunk].Fingerprints[lastSlot];
        chunks[chunk].WorkIds[slot] = chunks[lastChunk].WorkIds[lastSlot];
        if (lastSlot == 0) chunks[lastChunk] = null!;
        Volatile.Write(ref _snapshot, new Snapshot(chunks, last));
        return true;
    }

    public void Scan(ulong query, NearestCollector collector, bool vectorise)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        var remaining = snapshot.Count;
        for (var c = 0; remaining > 0; c++, remaining -= ChunkSize)
        {
            var chunk = snapshot.Chunks[c];
            var length = Math.Min(ChunkSize, remaining);
            HammingScan.Scan(chunk.Fingerprints.AsSpan(0, length), chunk.WorkIds.AsSpan(0, length), query, collector, vectorise);
        }
    }

    private static int IndexOf(Snapshot snapshot, uint workId)
    {
        var remaining = snapshot.Count;
        for (var c = 0; remaining > 0; c++, remaining -= ChunkSize)
        {
            var found = snapshot.Chunks[c].WorkIds.AsSpan(0, Math.Min(ChunkSize, remaining)).IndexOf(workId);
            if (found >= 0) return c * ChunkSize + found;
        }
        return -1;
    }

    private static int ChunksInUse(int count) => (count + ChunkSize - 1) / ChunkSize;

    private sealed record Snapshot(Chunk[] Chunks, int Count);

    private sealed class Chunk(ulong[] fingerprints, uint[] workIds)
    {
        public Chunk() : this(new ulong[ChunkSize], new uint[ChunkSize])
        {
        }

        public ulong[] Fingerprints { get; } = fingerprints;

        public uint[] WorkIds { get; } = workIds;

        public Chunk Copy() => new((ulong[])Fingerprints.Clone(), (uint[])WorkIds.Clone());
    }
}
