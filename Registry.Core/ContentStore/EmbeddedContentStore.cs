using Registry.Core.Fingerprints;

namespace Registry.Core.ContentStore;

/// <summary>
/// The content store on local disk: one file per content, named by its CIDv1, which is computed exactly as
/// <c>ipfs add --cid-version=1</c> does, so the same bytes get the same CID here as on an IPFS node. Everything
/// it holds counts as pinned.
/// </summary>
public sealed class EmbeddedContentStore(string rootPath) : IContentStore
{
    private const string IncomingPrefix = ".incoming-";

    public string RootPath { get; } = Path.GetFullPath(rootPath);

    /// <summary>
    /// Streams the content to a temporary file next to the others while fingerprinting it, then renames it to
    /// its CID: a reader never sees a partial file under a CID.
    /// </summary>
    public async Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incomingPath = Path.Combine(RootPath, IncomingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Cid cid;
            await using (var incoming = new StoreFileWriteStream(CreateIncomingFile(incomingPath), Unavailable))
            {
                cid = (await ContentFingerprinter.ComputeAsync(content, incoming, cancellationToken: cancellationToken)).Cid;
                incoming.FlushToDisk();
            }
            OnDisk("save the content", () => File.Move(incomingPath, PathOf(cid), overwrite: true));
            return cid;
        }
        finally
        {
            TryDelete(incomingPath);
        }
    }

    public Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cid);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Stream stream = new FileStream(PathOf(cid), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContentNotFoundException(cid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable("read the content", e);
        }
    }

    /// <summary>What the store holds is kept until deleted by hand: being present is being pinned.</summary>
    public async Task PinAsync(Cid cid, CancellationToken cancellationToken)
    {
        if (!await ContainsAsync(cid, cancellationToken))
            throw new ContentNotFoundException(cid);
    }

    public Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cid);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(PathOf(cid)));
    }

    private string PathOf(Cid cid) => Path.Combine(RootPath, cid.ToString());

    private FileStream CreateIncomingFile(string path) => OnDisk("create a file", () =>
    {
        Directory.CreateDirectory(RootPath);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    });

    private T OnDisk<T>(string action, Func<T> io)
    {
        try
        {
            return io();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(action, e);
        }
    }

    private void OnDisk(string action, Action io) => OnDisk(action, () => { io(); return true; });

    private ContentStoreUnavailableException Unavailable(string action, Exception e) =>
        new($"The content store in '{RootPath}' could not {action}: {e.Message}", e);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover incoming file is harmless: it is never read under a CID.
        }
    }
}
