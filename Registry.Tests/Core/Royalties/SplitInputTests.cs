using Registry.Core.Royalties;

namespace Registry.Tests.Core.Royalties;

public sealed class SplitInputTests
{
    private const string Alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string Bob = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string Carol = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

    [Fact]
    public void Parse_WhenEmpty_MeansTheCreatorAlone()
    {
        var result = SplitInput.Parse("  \n ");

        Assert.True(result.IsCreatorAlone);
        Assert.Equal([new RoyaltyShare("0xabc", RoyaltyShare.Whole)], SplitInput.OrCreatorAlone(result.Shares, "0xABC"));
    }

    [Theory]
    [InlineData(Alice + ":6000; " + Bob + ":4000")]
    [InlineData(Alice + ":6000," + Bob + ":4000")]
    [InlineData(Alice + " : 6000\n" + Bob + ":4000\n")]
    public void Parse_WhenSeparatedBySemicolonCommaOrNewLine_ReadsLowerCaseAddressesInOrder(string text)
    {
        var result = SplitInput.Parse(text);

        Assert.Null(result.Problem);
        Assert.Equal([new RoyaltyShare(Alice.ToLowerInvariant(), 6000), new RoyaltyShare(Bob.ToLowerInvariant(), 4000)], result.Shares);
        Assert.Equal($"{Alice.ToLowerInvariant()}:6000;{Bob.ToLowerInvariant()}:4000", SplitInput.Format(result.Shares));
        Assert.Equal(result.Shares, RoyaltySplit.Parse(SplitInput.Format(result.Shares)));
    }

    [Theory]
    [InlineData("0x12:10000", "0x12")]
    [InlineData("0x70997970C51812dc3A010C7d01b50e0d17dc79CZ:10000", "0x70997970C51812dc3A010C7d01b50e0d17dc79CZ")]
    [InlineData("70997970C51812dc3A010C7d01b50e0d17dc79C8aa:10000", "70997970C51812dc3A010C7d01b50e0d17dc79C8aa")]
    public void Parse_WhenTheAddressIsMalformed_SaysWhatAnAddressIs(string text, string address)
    {
        var problem = SplitInput.Parse(text).Problem!;

        Assert.Equal(SplitProblemKind.InvalidAddress, problem.Kind);
        Assert.Equal(address, problem.Value);
        Assert.Equal($"'{address}' is not a valid address: expected 0x followed by 40 hexadecimal digits.", problem.Message);
    }

    [Fact]
    public void Parse_WhenTheAddressIsMalformedAsInTheIssue_GivesTheExactMessage() =>
        Assert.Equal("'0x12' is not a valid address: expected 0x followed by 40 hexadecimal digits.", SplitInput.Parse($"0x12:5000;{Bob}:5000").Problem!.Message);

    [Fact]
    public void Parse_WhenTheZeroAddressIsNamed_Refuses()
    {
        var problem = SplitInput.Parse($"0x0000000000000000000000000000000000000000:4000;{Bob}:6000").Problem!;

        Assert.Equal(SplitProblemKind.ZeroAddress, problem.Kind);
        Assert.Equal("The zero address cannot receive royalties.", problem.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("60.5")]
    [InlineData("-100")]
    [InlineData("")]
    [InlineData("lots")]
    public void Parse_WhenAShareIsNotWholeBasisPointsFrom1To10000_Refuses(string share)
    {
        var problem = SplitInput.Parse($"{Alice}:{share}").Problem!;

        Assert.Equal(SplitProblemKind.InvalidShare, problem.Kind);
        Assert.Equal(share, problem.Value);
        Assert.Equal($"'{share}' is not a share: give a whole number of basis points from 1 to 10,000 (100 basis points = 1 %).", problem.Message);
    }

    [Fact]
    public void Parse_WhenAnEntryHasNoShare_SaysHowToWriteOne()
    {
        var problem = SplitInput.Parse(Alice).Problem!;

        Assert.Equal(SplitProblemKind.MalformedEntry, problem.Kind);
        Assert.Equal($"'{Alice}' is not an address and a share: write them as 0x…:basis points, e.g. 0x…:2500 for 25 %.", problem.Message);
    }

    [Fact]
    public void Parse_WhenTheSameAddressIsListedTwiceInAnyCase_Refuses()
    {
        var problem = SplitInput.Parse($"{Alice}:5000;{Alice.ToUpperInvariant().Replace("0X", "0x")}:5000").Problem!;

        Assert.Equal(SplitProblemKind.DuplicateRecipient, problem.Kind);
        Assert.Equal($"{Alice.ToLowerInvariant()} is listed more than once; give each recipient one share.", problem.Message);
    }

    [Fact]
    public void Parse_WhenTheSharesDoNotAddUpTo10000_SaysTheirSum()
    {
        var problem = SplitInput.Parse($"{Alice}:6000;{Bob}:3000").Problem!;

        Assert.Equal(SplitProblemKind.WrongTotal, problem.Kind);
        Assert.Equal(9000, problem.Total);
        Assert.Equal("The shares add up to 9,000 basis points; they must add up to 10,000 (100 %).", problem.Message);
    }

    [Fact]
    public void Parse_WhenMoreThanTheMaximumOfRecipients_Refuses()
    {
        var text = string.Join(";", Enumerable.Range(1, SplitInput.MaxRecipients + 1).Select(i => $"0x{i:x40}:1"));

        var problem = SplitInput.Parse(text).Problem!;

        Assert.Equal(SplitProblemKind.TooManyRecipients, problem.Kind);
        Assert.Equal("A split can name at most 20 recipients; this one names 21.", problem.Message);
    }

    [Fact]
    public void Parse_WhenExactlyTheMaximumOfRecipientsSumTo10000_Accepts()
    {
        var text = string.Join(";", Enumerable.Range(1, SplitInput.MaxRecipients).Select(i => $"0x{i:x40}:500"));

        var result = SplitInput.Parse(text);

        Assert.Null(result.Problem);
        Assert.Equal(SplitInput.MaxRecipients, result.Shares.Count);
    }

    [Fact]
    public void Parse_WhenThreeWay_KeepsTheTypedOrder()
    {
        var result = SplitInput.Parse($"{Carol}:5000;{Alice}:3000;{Bob}:2000");

        Assert.Equal([Carol.ToLowerInvariant(), Alice.ToLowerInvariant(), Bob.ToLowerInvariant()], result.Shares.Select(s => s.Recipient));
        Assert.Equal([5000, 3000, 2000], result.Shares.Select(s => (int)s.BasisPoints));
    }
}
