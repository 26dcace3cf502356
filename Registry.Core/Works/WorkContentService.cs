using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;

namespace Registry.Core.Works;

/// <summary>Opens the published content of a work from the content store, for download.</summary>
public sealed class WorkContentService(WorkCatalog catalog, IContentStore contentStore)
{
    /// <returns>Null when the work does not exist, was registered without publishing its file, or the store lacks it.</returns>
    /// <exception cref="ContentStoreUnavailableException">The content store is down.</exception>
    public async Task<WorkContent?> OpenAsync(long workId, CancellationToken cancellationToken)
    {
        var work = await catalog.GetAsync(workId, cancellationToken);
        if (work is null || !work.Published) return null;
        try
        {
            var stream = await contentStore.OpenReadAsync(Cid.Parse(work.Cid), cancellationToken);
            return new WorkContent(stream, work.FileName ?? $"work-{workId}", work.Size);
        }
        catch (ContentNotFoundException)
        {
            return null;
        }
    }
}
