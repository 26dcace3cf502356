using System.Numerics;
using Registry.Core.Licensing;

namespace Registry.Tests.Core.Licensing;

public sealed class NativeAmountTests
{
    [Theory]
    [InlineData("1", "1000000000000000000")]
    [InlineData("0.05", "50000000000000000")]
    [InlineData(" 12.5 ", "12500000000000000000")]
    [InlineData(".1", "100000000000000000")]
    [InlineData("0.000000000000000001", "1")]
    [InlineData("0", "0")]
    public void TryParseEther_WhenPlainDecimal_GivesWei(string text, string wei) =>
        Assert.Equal(BigInteger.Parse(wei), NativeAmount.TryParseEther(text));

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1e18")]
    [InlineData("0.0000000000000000001")]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData(".")]
    public void TryParseEther_WhenNotAPlainDecimal_IsNull(string text) => Assert.Null(NativeAmount.TryParseEther(text));

    [Theory]
    [InlineData("50000000000000000", "0.05 ETH")]
    [InlineData("1000000000000000000", "1 ETH")]
    [InlineData("1", "0.000000000000000001 ETH")]
    [InlineData("0", "0 ETH")]
    public void Format_GivesEtherWithoutTrailingZeros(string wei, string shown) => Assert.Equal(shown, NativeAmount.Format(wei));
}
