using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Registration;

public static class WorkDetailsValidator
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 5_000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;

    /// <summary>The first problem with what the creator entered, or null. Markup is not a problem: it is stored and shown as text.</summary>
    public static RegistrationProblem? Validate(WorkDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Title))
            return new(ProblemCode.TitleRequired, "A title is required.");
        if (details.Title.Trim().Length > MaxTitleLength)
            return new(ProblemCode.TitleTooLong, $"The title is longer than {MaxTitleLength} characters.");
        if (details.Description.Length > MaxDescriptionLength)
            return new(ProblemCode.DescriptionTooLong, $"The description is longer than {MaxDescriptionLength} characters.");
        if (details.Tags.Count > MaxTags)
            return new(ProblemCode.TooManyTags, $"A work can have at most {MaxTags} tags.");
        if (details.Tags.Any(t => t.Length > MaxTagLength))
            return new(ProblemCode.TagTooLong, $"A tag is longer than {MaxTagLength} characters.");
        if (SplitInput.Parse(details.Split).Problem is { } split)
            return new(ProblemCode.InvalidSplit, split.Message);
        return null;
    }

    /// <summary>Splits "a, b,,c" into trimmed, distinct, non-empty tags.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        (tags ?? "").Split([',', '，', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
