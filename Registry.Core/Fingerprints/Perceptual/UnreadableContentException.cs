namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// The content claims to be an image or text but cannot be read as one (corrupt, truncated, too large to decode
/// safely, or in an encoding we do not read). The message is written for the person who uploaded it.
/// </summary>
public sealed class UnreadableContentException : Exception
{
    public UnreadableContentException(string message)
        : base(message)
    {
    }

    public UnreadableContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
