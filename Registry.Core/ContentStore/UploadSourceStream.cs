using Registry.Core.IO;

namespace Registry.Core.ContentStore;

/// <summary>
/// Hands the caller's content to an upload while keeping the node's deadline fair: the deadline is paused while
/// the caller's stream produces data and restarted after each read, so a slow source never counts against the node
/// but a node that stops taking data does. Failures of the source are kept so that they are reported as the
/// caller's, not as the node's. The caller's stream is left open.
/// </summary>
internal sealed class UploadSourceStream(Stream source, CancellationTokenSource deadline, TimeSpan timeout) : ReadOnlyStream
{
    public Exception? SourceFailure { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        try
        {
            return source.Read(buffer);
        }
        catch (Exception e)
        {
            SourceFailure = e;
            throw;
        }
        finally
        {
            deadline.CancelAfter(timeout);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        try
        {
            return await source.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SourceFailure = e;
            throw;
        }
        finally
        {
            deadline.CancelAfter(timeout);
        }
    }
}
