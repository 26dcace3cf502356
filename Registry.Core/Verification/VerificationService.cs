using Microsoft.Extensions.Options;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Works;

namespace Registry.Core.Verification;

/// <summary>Hashes a file as it streams past (nothing is stored) and looks up the work with the same content.</summary>
public sealed class VerificationService(WorkCatalog catalog, IOptions<StorageOptions> storage)
{
    /// <exception cref="UploadTooLargeException">The file is larger than the upload limit.</exception>
    public async Task<VerificationResult> VerifyAsync(Stream content, CancellationToken cancellationToken)
    {
        var fingerprint = await ContentFingerprinter.ComputeAsync(new LimitedReadStream(content, storage.Value.MaxUploadBytes), cancellationToken: cancellationToken);
        var work = await catalog.FindByContentHashAsync(fingerprint.Sha256Hex, cancellationToken);
        return new VerificationResult(fingerprint.Sha256Hex, fingerprint.Cid.ToString(), fingerprint.Length, work);
    }
}
