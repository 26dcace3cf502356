using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Works;

/// <summary>Reads works and their provenance from the indexed read model.</summary>
public sealed class WorkCatalog(IDbContextFactory<RegistryDbContext> dbFactory)
{
    public async Task<Work?> GetAsync(long workId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Works.AsNoTracking().SingleOrDefaultAsync(w => w.WorkId == workId, cancellationToken);
    }

    /// <summary>The works with these ids that exist, in one query.</summary>
    public async Task<IReadOnlyDictionary<long, Work>> GetManyAsync(IReadOnlyCollection<long> workIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Works.AsNoTracking().Where(w => workIds.Contains(w.WorkId)).ToDictionaryAsync(w => w.WorkId, cancellationToken);
    }

    public async Task<Work?> FindByContentHashAsync(string sha256Hex, CancellationToken cancellationToken = default)
    {
        var hash = sha256Hex.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Works.AsNoTracking().SingleOrDefaultAsync(w => w.ContentHash == hash, cancellationToken);
    }

    /// <summary>The registration and every transfer of a work, oldest first.</summary>
    public async Task<IReadOnlyList<WorkEvent>> GetHistoryAsync(long workId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkEvents.AsNoTracking()
            .Where(e => e.WorkId == workId)
            .OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex)
            .ToListAsync(cancellationToken);
    }
}
