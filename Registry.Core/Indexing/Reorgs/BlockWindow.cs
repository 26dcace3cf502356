using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing.Reorgs;

/// <summary>The headers of the last indexed blocks, written with the rows of the range they close.</summary>
internal static class BlockWindow
{
    /// <summary>
    /// Adds the headers (in the caller's unsaved context) and deletes those older than (newest - window). A header
    /// already stored under the same number (re-indexed after a rollback) is replaced.
    /// </summary>
    public static async Task RecordAsync(RegistryDbContext db, IReadOnlyList<BlockHeader> headers, int window, CancellationToken ct)
    {
        if (headers.Count == 0) return;
        var cutoff = headers.Max(h => h.Number) - window;
        var kept = headers.Where(h => h.Number > cutoff).ToList();
        var lowest = kept.Min(h => h.Number);
        var stale = await db.IndexedBlocks.Where(b => b.BlockNumber <= cutoff || b.BlockNumber >= lowest).ToListAsync(ct);
        var byNumber = stale.ToDictionary(b => b.BlockNumber);
        foreach (var header in kept)
        {
            if (byNumber.Remove(header.Number, out var existing))
            {
                existing.Hash = header.Hash;
                existing.ParentHash = header.ParentHash;
            }
            else
            {
                db.IndexedBlocks.Add(new IndexedBlock { BlockNumber = header.Number, Hash = header.Hash, ParentHash = header.ParentHash });
            }
        }
        db.IndexedBlocks.RemoveRange(byNumber.Values);
    }
}
