using System.Buffers;
using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>
/// The fields and evidence files of a multipart dispute request. Each file is streamed to a temporary file of its
/// own (deleted when this is disposed) with the limits of <see cref="DisputeLimits"/> enforced while it is read: what
/// goes past them is counted but not kept, so that the refusal can say how large the files are. The files are then
/// handed to the Core, which checks everything before it stores or sends anything.
/// </summary>
internal sealed class EvidenceUpload : IAsyncDisposable
{
    /// <summary>The name of every file part ("files", repeated).</summary>
    public const string FileField = "files";

    private const int BufferBytes = 64 * 1024;

    private readonly List<FileStream> _spools = [];
    private readonly List<EvidenceFile> _files = [];
    private readonly List<(string Name, long Size)> _measured = [];
    private long _kept;
    private bool _overLimit;

    private EvidenceUpload(IReadOnlyDictionary<string, string> fields) => Fields = fields;

    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The files, each a seekable stream at its start.</summary>
    public IReadOnlyList<EvidenceFile> Files => _files;

    /// <summary>Too many files, or too large; null when the files are within the limits.</summary>
    public DisputeOutcome? Refusal { get; private set; }

    /// <summary>Reads the whole request; null when it is not multipart/form-data.</summary>
    /// <param name="folder">Where the temporary files go.</param>
    public static async Task<EvidenceUpload?> ReadAsync(HttpRequest request, string folder, CancellationToken cancellationToken)
    {
        if (MultipartUpload.Open(request) is not { } multipart) return null;
        var upload = new EvidenceUpload(multipart.Fields);
        try
        {
            Directory.CreateDirectory(folder);
            await multipart.ReadAllAsync(FileField, (name, contentType, content) => upload.AddAsync(folder, name, contentType, content, cancellationToken), cancellationToken);
            upload.Refusal = upload.Judge();
            return upload;
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    private async Task AddAsync(string folder, string name, string contentType, Stream content, CancellationToken cancellationToken)
    {
        // Once the request is refused, the rest is only measured.
        var spool = !_overLimit && _measured.Count < DisputeLimits.MaxFiles
            ? new FileStream(Path.Combine(folder, $"{Guid.NewGuid():N}.evidence"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose)
            : null;
        if (spool is not null) _spools.Add(spool);
        var limit = Math.Min(DisputeLimits.MaxFileBytes, DisputeLimits.MaxTotalBytes - _kept);
        var size = await CopyWithinAsync(content, spool, limit, cancellationToken);
        _measured.Add((Path.GetFileName(name), size));
        if (size > limit || spool is null)
        {
            _overLimit = true;
            return;
        }
        _kept += size;
        spool.Position = 0;
        _files.Add(new EvidenceFile(name, contentType, spool));
    }

    /// <summary>Copies up to <paramref name="limit"/> bytes to the spool (none when there is no spool) and counts all of them.</summary>
    private static async Task<long> CopyWithinAsync(Stream content, FileStream? spool, long limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken)) > 0)
            {
                size += read;
                if (spool is not null && size <= limit) await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            return size;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private DisputeOutcome? Judge() => DisputeLimits.Check(_measured.Select(f => (f.Name, (long?)f.Size)).ToList());

    public async ValueTask DisposeAsync()
    {
        foreach (var spool in _spools) await spool.DisposeAsync();
    }
}
