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
    /// <exception cref="ChainReorganizedException">
    /// The headers do not link to each other or to the stored header just below them: the chain changed while the
    /// range was read, so the range must not be written.
    /// </exception>
    public static async Task RecordAsync(RegistryDbContext db, IReadOnlyList<BlockHeader> headers, int window, CancellationToken ct)
    {
        if (headers.Count == 0) return;
        var cutoff = headers.Max(h => h.Number) - window;
        var kept = headers.Where(h => h.Number > cutoff).OrderBy(h => h.Number).ToList();
        var lowest = kept[0].Number;
        var stored = await db.IndexedBlocks.Where(b => b.BlockNumber <= cutoff || b.BlockNumber >= lowest - 1).ToListAsync(ct);
        EnsureLinked(kept, stored.SingleOrDefault(b => b.BlockNumber == lowest - 1));

        var byNumber = stored.Where(b => b.BlockNumber <= cutoff || b.BlockNumber >= lowest).ToDictionary(b => b.BlockNumber);
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
        db.IndexedBlocks.RemoveRange(byNumber.Values.Where(b => b.BlockNumber <= cutoff));
    }

    private static void EnsureLinked(IReadOnlyList<BlockHeader> headers, IndexedBlock? below)
    {
        if (below is not null && !string.Equals(headers[0].ParentHash, below.Hash, StringComparison.OrdinalIgnoreCase))
            throw new ChainReorganizedException($"Block {headers[0].Number} does not follow the indexed block {below.BlockNumber}: the chain reorganised.");
        for (var i = 1; i < headers.Count; i++)
        {
            if (headers[i].Number == headers[i - 1].Number + 1 && !string.Equals(headers[i].ParentHash, headers[i - 1].Hash, StringComparison.OrdinalIgnoreCase))
                throw new ChainReorganizedException($"Block {headers[i].Number} does not follow block {headers[i - 1].Number}: the chain reorganised while it was read.");
        }
    }
}
