using Registry.Core.Indexing;

namespace Registry.Tests.Core.Indexing;

/// <summary>Which node errors mean "ask for a smaller block range".</summary>
public sealed class JsonRpcErrorExceptionTests
{
    [Theory]
    [InlineData(-32005, "query returned more than 10000 results")]
    [InlineData(-32000, "query returned more than 10000 results")]
    [InlineData(-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range")]
    [InlineData(-32000, "exceed maximum block range: 5000")]
    [InlineData(-32000, "block range is too wide")]
    [InlineData(-32005, "limit exceeded")]
    public void RangeTooLarge_WhenTheNodeSaysTheAnswerIsTooLarge_IsTrue(int code, string message) =>
        Assert.True(new JsonRpcErrorException(code, message).RangeTooLarge);

    [Theory]
    [InlineData(-32005, "daily request count exceeded, request rate limited")]
    [InlineData(-32603, "injected fault")]
    [InlineData(-32602, "BlockOutOfRangeError: block height is 1 but requested was 5")]
    public void RangeTooLarge_WhenTheNodeFailedForAnotherReason_IsFalse(int code, string message) =>
        Assert.False(new JsonRpcErrorException(code, message).RangeTooLarge);

    [Fact]
    public void RangeTooLarge_WhenTheAnswerWasRefusedForItsSize_IsTrue() =>
        Assert.True(new JsonRpcErrorException(null, "the answer is too large (HTTP 413)", answerTooLarge: true).RangeTooLarge);
}
