using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Persistence;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Registration;

/// <summary>
/// Takes an upload: streams it to local disk while fingerprinting it in the same pass, refuses what cannot be
/// registered, and hands the rest to the <see cref="RegistrationProcessor"/>. Nothing is held whole in memory.
/// </summary>
public sealed class RegistrationService(
    IDbContextFactory<RegistryDbContext> dbFactory,
    WorkCatalog catalog,
    WorkRegistryGateway registry,
    RegistrationSignal signal,
    PerceptualFingerprinter perceptualFingerprinter,
    SimilarWorks similarWorks,
    IOptions<StorageOptions> storage,
    TimeProvider clock)
{
    /// <param name="creatorId">The signed-in account registering the work; null registers it to the platform account.</param>
    public async Task<ReceiveOutcome> ReceiveAsync(Stream? content, string fileName, WorkDetails details, IProgress<long>? progress, CancellationToken cancellationToken, string? creatorId = null)
    {
        if (WorkDetailsValidator.Validate(details) is { } invalid) return ReceiveOutcome.Rejected(invalid);
        if (content is null) return ReceiveOutcome.Rejected(new(ProblemCode.FileMissing, "Choose a file to register."));

        var id = Guid.NewGuid();
        var folder = UploadFolder();
        var uploadPath = Path.Combine(folder, $"{id:N}.upload");
        var partPath = uploadPath + ".part";
        ContentFingerprint fingerprint;
        try
        {
            await using (var file = new FileStream(partPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                fingerprint = await ContentFingerprinter.ComputeAsync(new LimitedReadStream(content, storage.Value.MaxUploadBytes), file, progress, cancellationToken);
        }
        catch (UploadTooLargeException e)
        {
            File.Delete(partPath);
            return ReceiveOutcome.Rejected(TooLarge(e.Limit));
        }
        catch
        {
            File.Delete(partPath);
            throw;
        }

        if (fingerprint.Length == 0)
        {
            File.Delete(partPath);
            return ReceiveOutcome.Rejected(new(ProblemCode.FileEmpty, "The file is empty."));
        }
        if (await FindDuplicateAsync(fingerprint, cancellationToken) is { } duplicate)
        {
            File.Delete(partPath);
            return ReceiveOutcome.Rejected(duplicate);
        }

        PerceptualFingerprint perceptual;
        try
        {
            await using var file = File.OpenRead(partPath);
            perceptual = await perceptualFingerprinter.ComputeAsync(file, cancellationToken);
        }
        catch (UnreadableContentException e)
        {
            File.Delete(partPath);
            return ReceiveOutcome.Rejected(new(ProblemCode.UnreadableContent, e.Message));
        }

        // Near duplicates (a resized or re-encoded copy of a registered work) need the creator's word that it is theirs.
        var similar = await similarWorks.FindAsync(perceptual, 5, cancellationToken);
        if (similar.Count > 0 && !details.ConfirmOwnWork)
        {
            File.Delete(partPath);
            return ReceiveOutcome.Rejected(NearDuplicate(similar));
        }

        File.Move(partPath, uploadPath);
        var registration = WorkRegistration.Receive(id, details with { Title = details.Title.Trim() }, SafeFileName(fileName), uploadPath,
            fingerprint.Length, fingerprint.Sha256Hex, fingerprint.Cid.ToString(), clock.GetUtcNow(), creatorId, perceptual,
            similar.Count > 0 ? similar[0].Work.WorkId : null);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.Registrations.Add(registration);
            await db.SaveChangesAsync(cancellationToken);
        }
        signal.Notify();
        return ReceiveOutcome.Accepted(id);
    }

    public async Task<WorkRegistration?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    public static RegistrationProblem TooLarge(long limit) =>
        new(ProblemCode.FileTooLarge, $"The file is larger than the limit of {limit / (1024 * 1024):N0} MiB.");

    public static RegistrationProblem NearDuplicate(IReadOnlyList<SimilarMatch> similar) =>
        new(ProblemCode.NearDuplicate,
            "Registered works look very much like this file: " + string.Join(", ", similar.Select(s => $"#{s.Work.WorkId} (distance {s.Distance})"))
            + ". Confirm that it is your own work to register it.",
            similar[0].Work.WorkId, Similar: similar);

    public static RegistrationProblem AlreadyRegistered(Work work) =>
        new(ProblemCode.AlreadyRegistered,
            $"Already registered as work #{work.WorkId} by {work.Owner} on {work.RegisteredAt:yyyy-MM-dd HH:mm} UTC.",
            work.WorkId);

    private async Task<RegistrationProblem?> FindDuplicateAsync(ContentFingerprint fingerprint, CancellationToken cancellationToken)
    {
        if (await catalog.FindByContentHashAsync(fingerprint.Sha256Hex, cancellationToken) is { } work)
            return AlreadyRegistered(work);

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var inFlight = await db.Registrations.AsNoTracking()
                .Where(r => r.Sha256 == fingerprint.Sha256Hex && r.State != RegistrationState.Failed)
                .Select(r => new { r.Id, r.State, r.WorkId })
                .FirstOrDefaultAsync(cancellationToken);
            if (inFlight is not null && inFlight.State != RegistrationState.Confirmed)
                return new(ProblemCode.AlreadyInProgress, "The same file is being registered already.", RegistrationId: inFlight.Id);
        }

        // The indexer may not have caught up yet: the chain has the last word.
        try
        {
            var onChain = await registry.FindWorkIdAsync(fingerprint.Sha256, cancellationToken);
            if (onChain != 0)
                return new(ProblemCode.AlreadyRegistered, $"Already registered as work #{onChain}.", onChain);
        }
        catch (ChainUnavailableException)
        {
            // The pipeline checks again when it submits; an outage must not lose the upload.
        }
        return null;
    }

    private string UploadFolder()
    {
        var folder = Path.Combine(storage.Value.DataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        return string.IsNullOrWhiteSpace(name) ? "upload" : name[..Math.Min(name.Length, 255)];
    }
}
