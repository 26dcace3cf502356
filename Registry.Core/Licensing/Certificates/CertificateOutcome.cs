namespace Registry.Core.Licensing.Certificates;

/// <summary>A rendered certificate (PDF bytes), or why it was refused, worded for the person who asked.</summary>
public sealed record CertificateOutcome(byte[]? Pdf, CertificateRefusal? Refusal, string? Message)
{
    public static CertificateOutcome Rendered(byte[] pdf) => new(pdf, null, null);

    public static CertificateOutcome Refused(CertificateRefusal refusal, string message) => new(null, refusal, message);
}
