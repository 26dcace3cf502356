namespace Registry.Core.Registration;

public enum ProblemCode
{
    TitleRequired,
    TitleTooLong,
    DescriptionTooLong,
    TooManyTags,
    TagTooLong,
    FileMissing,
    FileEmpty,
    FileTooLarge,
    AlreadyRegistered,
    AlreadyInProgress,
    UnreadableContent,
    NearDuplicate,
    InvalidSplit,
}
