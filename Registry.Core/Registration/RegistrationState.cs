namespace Registry.Core.Registration;

public enum RegistrationState
{
    /// <summary>The upload is on local disk and fingerprinted.</summary>
    Received,
    /// <summary>The content (when published) and the metadata document are in the content store.</summary>
    Stored,
    /// <summary>The signed transaction is recorded (and sent); waiting for its receipt.</summary>
    Submitted,
    Confirmed,
    Failed,
}
