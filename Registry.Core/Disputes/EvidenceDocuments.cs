using System.Buffers;
using System.Text.Json;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Registration;

namespace Registry.Core.Disputes;

/// <summary>
/// Statements and reasons on the content store: each attached file streamed there under its own CID, with the limits
/// of <see cref="DisputeLimits"/> enforced while it is read (nothing is held whole in memory), then the JSON
/// <see cref="EvidenceDocument"/> naming them.
/// </summary>
public sealed class EvidenceDocuments(IContentStore store, TimeProvider clock)
{
    /// <summary>A document is a statement of at most 10,000 characters and five file entries: far below this.</summary>
    private const int MaxDocumentBytes = 1024 * 1024;

    private const int DrainBufferBytes = 64 * 1024;

    private const string DefaultContentType = "application/octet-stream";

    /// <summary>
    /// What can be told of the files before any is read: their number, and the sizes of those whose stream knows its
    /// length. Null when nothing is wrong so far (a stream of unknown length is measured while it is stored).
    /// </summary>
    public static DisputeOutcome? CheckFiles(IReadOnlyList<EvidenceFile> files) =>
        DisputeLimits.Check(files.Select(f => (NameOf(f), f.Content.CanSeek ? f.Content.Length - f.Content.Position : (long?)null)).ToList());

    /// <summary>
    /// Stores the files, then the document naming them. A file over a limit stops the store reading it at the limit;
    /// the rest of it (and of the files after it) is then only counted, so that the refusal says how large they are.
    /// </summary>
    /// <param name="statement">The statement or reason, already checked and trimmed.</param>
    /// <exception cref="ContentStoreUnavailableException">The store cannot be reached or failed.</exception>
    public async Task<StoredEvidence> StoreAsync(EvidenceKind kind, long? disputeId, long workId, string statement, IReadOnlyList<EvidenceFile> files,
        string author, CancellationToken cancellationToken)
    {
        if (CheckFiles(files) is { } refusal) return new StoredEvidence(null, null, refusal);

        var attachments = new List<EvidenceAttachment>(files.Count);
        long stored = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var limit = Math.Min(DisputeLimits.MaxFileBytes, DisputeLimits.MaxTotalBytes - stored);
            var limited = new LimitedReadStream(file.Content, limit);
            Cid cid;
            try
            {
                cid = await store.AddAsync(limited, cancellationToken);
            }
            catch (Exception) when (limited.Position > limit)
            {
                // Whatever the store made of it (the source's exception, or its own failure wrapping it), the file went over.
                var size = limited.Position + await DrainAsync(file.Content, cancellationToken);
                if (size > DisputeLimits.MaxFileBytes) return new StoredEvidence(null, null, DisputeRefusals.FileTooLarge(NameOf(file), size));
                var total = stored + size;
                foreach (var later in files.Skip(i + 1)) total += await DrainAsync(later.Content, cancellationToken);
                return new StoredEvidence(null, null, DisputeRefusals.EvidenceTooLarge(total));
            }
            attachments.Add(new EvidenceAttachment(NameOf(file), ContentTypeOf(file), limited.Position, cid.ToString()));
            stored += limited.Position;
        }

        var document = new EvidenceDocument(kind, disputeId, workId, statement, attachments, author.ToLowerInvariant(), clock.GetUtcNow());
        var documentCid = await store.AddAsync(new MemoryStream(EvidenceJson.Serialize(document), writable: false), cancellationToken);
        return new StoredEvidence(documentCid.ToString(), document, null);
    }

    /// <summary>The document stored under <paramref name="cid"/>; null when the CID is malformed, the store does not have it, or it is not such a document.</summary>
    /// <exception cref="ContentStoreUnavailableException">The store cannot be reached or failed.</exception>
    public async Task<EvidenceDocument?> ReadAsync(string cid, CancellationToken cancellationToken)
    {
        if (!Cid.TryParse(cid, out var parsed)) return null;
        try
        {
            await using var content = await store.OpenReadAsync(parsed, cancellationToken);
            var buffer = new MemoryStream();
            await new LimitedReadStream(content, MaxDocumentBytes).CopyToAsync(buffer, cancellationToken);
            return EvidenceJson.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception e) when (e is ContentNotFoundException or UploadTooLargeException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the rest of the stream without keeping it; returns how many bytes there were.</summary>
    private static async Task<long> DrainAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(DrainBufferBytes);
        try
        {
            long count = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0) count += read;
            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string NameOf(EvidenceFile file)
    {
        var name = Path.GetFileName(file.FileName?.Trim() ?? "");
        return string.IsNullOrEmpty(name) ? "file" : name[..Math.Min(name.Length, 255)];
    }

    private static string ContentTypeOf(EvidenceFile file) =>
        string.IsNullOrWhiteSpace(file.ContentType) || file.ContentType.Length > 255 ? DefaultContentType : file.ContentType.Trim();
}
