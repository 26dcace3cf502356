using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Search;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Reads the metadata documents of newly indexed works from the content store (title, description, kind, tags).
/// A store that is down leaves them pending for the next pass; a document that is absent or unreadable is marked missing.
/// </summary>
public sealed class MetadataResolver(IDbContextFactory<RegistryDbContext> dbFactory, IContentStore contentStore, NearDuplicateIndex nearDuplicates, IOptions<IndexerOptions> options)
{
    private const int MaxDocumentBytes = 64 * 1024;

    public async Task<int> ResolvePendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.Works.Where(w => w.MetadataStatus == MetadataStatus.Pending)
            .OrderBy(w => w.WorkId).Take(options.Value.MetadataBatchSize).ToListAsync(cancellationToken);
        foreach (var work in pending)
        {
            try
            {
                var document = await ReadAsync(Cid.Parse(work.MetadataCid!), cancellationToken);
                Apply(work, document);
            }
            catch (ContentStoreUnavailableException)
            {
                break;
            }
            catch (Exception e) when (e is ContentNotFoundException or JsonException or FormatException or InvalidDataException)
            {
                work.MetadataStatus = MetadataStatus.Missing;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        // Searchable for near duplicates once saved: the kind comes from the metadata document, the fingerprint from the chain.
        foreach (var work in pending.Where(w => w is { Fingerprint: not 0, FingerprintKind: not null }))
            nearDuplicates.Add(work.WorkId, work.FingerprintKind!.Value, unchecked((ulong)work.Fingerprint));
        return pending.Count(w => w.MetadataStatus == MetadataStatus.Resolved);
    }

    private async Task<MetadataDocument> ReadAsync(Cid cid, CancellationToken cancellationToken)
    {
        await using var stream = await contentStore.OpenReadAsync(cid, cancellationToken);
        var buffer = new byte[MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxDocumentBytes) throw new InvalidDataException("The metadata document is too large.");
        }
        return JsonSerializer.Deserialize<MetadataDocument>(buffer.AsSpan(0, length))
            ?? throw new InvalidDataException("The metadata document is empty.");
    }

    private static void Apply(Work work, MetadataDocument document)
    {
        work.Title = document.Title;
        work.Description = document.Description;
        work.Kind = Enum.TryParse<WorkKind>(document.Kind, ignoreCase: true, out var kind) ? kind : WorkKind.Other;
        work.Tags = string.Join(", ", document.Tags);
        work.FileName = document.FileName;
        work.Size = document.Size;
        work.Published = document.Published;
        work.FingerprintKind = SimilarWorks.KindOf(document.FingerprintKind);
        work.MetadataStatus = MetadataStatus.Resolved;
    }
}
