using Microsoft.Extensions.Options;
using Registry.Core.Fingerprints;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Verification;

/// <summary>
/// Hashes a file as it streams past and looks up the work with the same content, and the registered works that
/// look like it (a resized or re-encoded copy still leads to the original). The file is kept only in a temporary
/// file while its perceptual fingerprint is taken, then deleted.
/// </summary>
public sealed class VerificationService(WorkCatalog catalog, PerceptualFingerprinter perceptual, SimilarWorks similarWorks, IOptions<StorageOptions> storage)
{
    private const int SimilarLimit = 5;

    /// <exception cref="UploadTooLargeException">The file is larger than the upload limit.</exception>
    public async Task<VerificationResult> VerifyAsync(Stream content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(storage.Value.DataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"verify-{Guid.NewGuid():N}.tmp");
        try
        {
            ContentFingerprint fingerprint;
            await using (var copy = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                fingerprint = await ContentFingerprinter.ComputeAsync(new LimitedReadStream(content, storage.Value.MaxUploadBytes), copy, cancellationToken: cancellationToken);
            var work = await catalog.FindByContentHashAsync(fingerprint.Sha256Hex, cancellationToken);
            var similar = await FindSimilarAsync(temp, work?.WorkId, cancellationToken);
            return new VerificationResult(fingerprint.Sha256Hex, fingerprint.Cid.ToString(), fingerprint.Length, work, similar);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task<IReadOnlyList<SimilarMatch>> FindSimilarAsync(string path, long? exactWorkId, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            var found = await similarWorks.FindAsync(await perceptual.ComputeAsync(file, cancellationToken), SimilarLimit + 1, cancellationToken);
            return found.Where(s => s.Work.WorkId != exactWorkId).Take(SimilarLimit).ToList();
        }
        catch (UnreadableContentException)
        {
            // A file that cannot be decoded can still be verified by its exact identity.
            return [];
        }
    }
}
