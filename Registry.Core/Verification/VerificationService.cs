using Microsoft.Extensions.Options;
using Registry.Core.Fingerprints;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.IO;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Verification;

/// <summary>
/// Hashes a file as it streams past and looks up the work with the same content, and the registered works that
/// look like it (a resized or re-encoded copy still leads to the original). An image or a text is kept in a
/// temporary file only while its perceptual fingerprint is taken; any other file is never written down.
/// </summary>
public sealed class VerificationService(WorkCatalog catalog, PerceptualFingerprinter perceptual, SimilarWorks similarWorks, IOptions<StorageOptions> storage)
{
    private const int SimilarLimit = 5;

    /// <exception cref="UploadTooLargeException">The file is larger than the upload limit.</exception>
    public async Task<VerificationResult> VerifyAsync(Stream content, CancellationToken cancellationToken)
    {
        var limited = new LimitedReadStream(content, storage.Value.MaxUploadBytes);
        var head = new byte[ContentKindDetector.HeadLength];
        var headLength = await limited.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var source = new PrefixedStream(head.AsMemory(0, headLength), limited);

        // Only images and texts have a perceptual fingerprint: anything else is hashed as it streams, never written down.
        var kind = ContentKindDetector.Detect(head.AsSpan(0, headLength));
        if (!kind.IsImage() && kind != DetectedKind.Text)
        {
            var fingerprint = await ContentFingerprinter.ComputeAsync(source, cancellationToken: cancellationToken);
            return new VerificationResult(fingerprint.Sha256Hex, fingerprint.Cid.ToString(), fingerprint.Length,
                await catalog.FindByContentHashAsync(fingerprint.Sha256Hex, cancellationToken), []);
        }

        var folder = Path.Combine(storage.Value.DataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"verify-{Guid.NewGuid():N}.tmp");
        try
        {
            ContentFingerprint fingerprint;
            await using (var copy = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                fingerprint = await ContentFingerprinter.ComputeAsync(source, copy, cancellationToken: cancellationToken);
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
