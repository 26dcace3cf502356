namespace Registry.Core.Royalties;

/// <summary>What is wrong with a split someone typed; the UI words each one in the reader's language.</summary>
public enum SplitProblemKind
{
    MalformedEntry,
    InvalidAddress,
    ZeroAddress,
    InvalidShare,
    DuplicateRecipient,
    TooManyRecipients,
    WrongTotal,
}
