using Registry.Core.Registration;
using Registry.Core.Works;

namespace Registry.Tests.Core.Registration;

public sealed class WorkDetailsValidatorTests
{
    private static readonly WorkDetails Valid = new("Title", "", WorkKind.Text, []);

    [Fact]
    public void Validate_WhenAllIsWell_ReturnsNull() => Assert.Null(WorkDetailsValidator.Validate(Valid));

    [Fact]
    public void Validate_AcceptsMarkupAsPlainText() =>
        Assert.Null(WorkDetailsValidator.Validate(Valid with { Title = "<script>alert(1)</script>", Tags = ["<b>x</b>"] }));

    [Theory]
    [InlineData(201, ProblemCode.TitleTooLong, "The title is longer than 200 characters.")]
    public void Validate_WhenTitleTooLong_Refuses(int length, ProblemCode code, string message)
    {
        var problem = WorkDetailsValidator.Validate(Valid with { Title = new string('x', length) });

        Assert.Equal(code, problem!.Code);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Validate_WhenTooManyOrTooLongTags_Refuses()
    {
        Assert.Equal("A work can have at most 20 tags.", WorkDetailsValidator.Validate(Valid with { Tags = Enumerable.Range(0, 21).Select(i => $"t{i}").ToList() })!.Message);
        Assert.Equal("A tag is longer than 50 characters.", WorkDetailsValidator.Validate(Valid with { Tags = [new string('t', 51)] })!.Message);
        Assert.Equal("The description is longer than 5000 characters.", WorkDetailsValidator.Validate(Valid with { Description = new string('d', 5001) })!.Message);
    }

    [Fact]
    public void ParseTags_SplitsOnCommasIncludingChineseOnes_AndDropsDuplicates() =>
        Assert.Equal(["sea", "夜景", "morning"], WorkDetailsValidator.ParseTags(" sea, 夜景，morning,, SEA "));
}
