using Registry.Core.Indexing;

namespace Registry.Tests.Core.Indexing;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 250)]
    [InlineData(2, 500)]
    [InlineData(3, 1_000)]
    [InlineData(5, 4_000)]
    [InlineData(6, 5_000)]
    [InlineData(1_000, 5_000)]
    public void After_EachFailureInARow_DoublesTheWaitUpToTheCap(int failures, int expectedMilliseconds)
    {
        var wait = RetryBackoff.After(failures, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), wait);
    }
}
