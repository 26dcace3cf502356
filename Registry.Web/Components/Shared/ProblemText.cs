using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Works;

namespace Registry.Web.Components.Shared;

/// <summary>Words a problem (a <see cref="ProblemCode"/> or <see cref="RegistrationIssue"/> name) in the reader's language.</summary>
public sealed class ProblemText(IStringLocalizer<SharedResource> localizer, IOptions<StorageOptions> storage)
{
    public string Describe(string code, string? detail, long? workId = null, Work? existing = null) => code switch
    {
        nameof(ProblemCode.AlreadyRegistered) when existing is not null =>
            localizer["Problem_AlreadyRegistered", existing.WorkId, existing.Owner, Formats.Time(existing.RegisteredAt)],
        nameof(ProblemCode.AlreadyRegistered) => localizer["Problem_AlreadyRegisteredId", workId ?? 0],
        nameof(ProblemCode.TitleTooLong) => localizer["Problem_TitleTooLong", WorkDetailsValidator.MaxTitleLength],
        nameof(ProblemCode.DescriptionTooLong) => localizer["Problem_DescriptionTooLong", WorkDetailsValidator.MaxDescriptionLength],
        nameof(ProblemCode.TooManyTags) => localizer["Problem_TooManyTags", WorkDetailsValidator.MaxTags],
        nameof(ProblemCode.TagTooLong) => localizer["Problem_TagTooLong", WorkDetailsValidator.MaxTagLength],
        nameof(ProblemCode.FileTooLarge) => localizer["Problem_FileTooLarge", storage.Value.MaxUploadBytes / (1024 * 1024)],
        _ when localizer[$"Problem_{code}"] is { ResourceNotFound: false } known =>
            string.IsNullOrEmpty(detail) || !ShowsDetail(code) ? known : $"{known} {detail}",
        _ => detail ?? localizer["Problem_Unknown"],
    };

    public static string CodeForStatus(int status) => status switch
    {
        0 => "Network",
        StatusCodes.Status413PayloadTooLarge => nameof(ProblemCode.FileTooLarge),
        >= 500 => "ServerError",
        _ => "Unknown",
    };

    /// <summary>Failures whose English detail (from the chain or the store) adds what the reader needs.</summary>
    private static bool ShowsDetail(string code) =>
        code is nameof(RegistrationIssue.Reverted) or nameof(RegistrationIssue.CidMismatch) or nameof(ProblemCode.UnreadableContent) or nameof(ProblemCode.InvalidSplit);
}
