using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing.Reorgs;

/// <summary>The hashes of the newest indexed blocks, written with the rows of the range that reached them.</summary>
internal static class BlockWindow
{
    /// <summary>
    /// Adds the headers (in the caller's unsaved context; a block already there, as when a range is read again, takes
    /// the new hashes) and deletes those older than the newest minus <paramref name="window"/>.
    /// </summary>
    public static async Task RecordAsync(RegistryDbContext db, IReadOnlyList<BlockHeader> headers, int window, CancellationToken ct)
    {
        if (headers.Count == 0) return;
        var numbers = headers.Select(h => h.Number).ToList();
        var existing = await db.IndexedBlocks.Where(b => numbers.Contains(b.BlockNumber)).ToDictionaryAsync(b => b.BlockNumber, ct);
        foreach (var header in headers)
        {
            if (existing.TryGetValue(header.Number, out var block))
            {
                block.Hash = header.Hash;
                block.ParentHash = header.ParentHash;
            }
            else db.IndexedBlocks.Add(new IndexedBlock { BlockNumber = header.Number, Hash = header.Hash, ParentHash = header.ParentHash });
        }
        var oldest = numbers.Max() - window;
        await db.IndexedBlocks.Where(b => b.BlockNumber <= oldest).ExecuteDeleteAsync(ct);
    }
}
