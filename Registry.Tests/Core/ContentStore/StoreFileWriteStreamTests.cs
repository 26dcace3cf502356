using Registry.Core.ContentStore;

namespace Registry.Tests.Core.ContentStore;

public class StoreFileWriteStreamTests
{
    [Fact]
    public async Task WriteAsync_WhenDiskIsFull_ThrowsUnavailableWithTheSystemsReason()
    {
        // Every write to /dev/full fails with ENOSPC, as on a full disk.
        await using var stream = new StoreFileWriteStream(
            new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0),
            (action, e) => new ContentStoreUnavailableException($"could not {action}: {e.Message}", e));

        var e = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => stream.WriteAsync(new byte[4096]).AsTask());

        Assert.Contains("could not write the content", e.Message);
        Assert.Contains("space", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.IsAssignableFrom<IOException>(e.InnerException);
    }
}
