namespace Registry.Core.Licensing.Certificates;

public enum CertificateRefusal
{
    UnknownLicence,
    NotHolderOrBuyer,
}
