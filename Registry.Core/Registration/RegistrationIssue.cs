namespace Registry.Core.Registration;

/// <summary>Why a registration is waiting or has failed; the UI words each one in the reader's language.</summary>
public enum RegistrationIssue
{
    None,
    ContentStoreUnavailable,
    ChainUnavailable,
    AlreadyRegistered,
    Reverted,
    UploadMissing,
    CidMismatch,
    CreatorUnavailable,
}
