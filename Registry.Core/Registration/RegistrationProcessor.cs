using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Registration;

/// <summary>
/// Moves each registration through its steps (store → submit → confirm), saving after every step. A service that
/// is down postpones the step with the reason and a growing delay; it never loses the upload.
/// </summary>
public sealed class RegistrationProcessor(
    IDbContextFactory<RegistryDbContext> dbFactory,
    IContentStore contentStore,
    WorkRegistryGateway registry,
    WorkCatalog catalog,
    AccountKeys accountKeys,
    RegistrationSignal signal,
    TimeProvider clock,
    ILogger<RegistrationProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MiningPoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SignatureLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan SignatureMargin = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Registration processing failed; retrying");
            }
            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    /// <summary>Advances every registration whose next attempt is due, as far as it can go now.</summary>
    public async Task ProcessDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Registrations
            .Where(r => r.State != RegistrationState.Confirmed && r.State != RegistrationState.Failed && r.NextAttemptAt <= now)
            .OrderBy(r => r.CreatedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        foreach (var registration in due)
        {
            while (!registration.IsFinished && registration.NextAttemptAt <= clock.GetUtcNow())
            {
                await StepAsync(registration, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private async Task StepAsync(WorkRegistration registration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            switch (registration.State)
            {
                case RegistrationState.Received:
                    await StoreAsync(registration, cancellationToken);
                    break;
                case RegistrationState.Stored:
                    await SubmitAsync(registration, cancellationToken);
                    break;
                case RegistrationState.Submitted:
                    await ConfirmAsync(registration, cancellationToken);
                    break;
            }
        }
        catch (ContentStoreUnavailableException e)
        {
            registration.Postpone(RegistrationIssue.ContentStoreUnavailable, e.Message, Backoff(registration), now);
        }
        catch (ChainUnavailableException e)
        {
            registration.Postpone(RegistrationIssue.ChainUnavailable, e.Message, Backoff(registration), now);
        }
        catch (WorkAlreadyRegisteredException e)
        {
            var existing = await catalog.GetAsync(e.WorkId, cancellationToken);
            var reason = existing is null ? $"Already registered as work #{e.WorkId}." : RegistrationService.AlreadyRegistered(existing).Message;
            registration.Fail(RegistrationIssue.AlreadyRegistered, reason, now, e.WorkId);
            DeleteUpload(registration);
        }
        catch (RegistrationRevertedException e)
        {
            registration.Fail(RegistrationIssue.Reverted, e.Message, now);
        }
        catch (Exception e) when (e is AccountNotFoundException or System.Security.Cryptography.CryptographicException)
        {
            registration.Fail(RegistrationIssue.CreatorUnavailable, $"The creator's account key cannot be used: {e.Message}", now);
        }
    }

    private async Task StoreAsync(WorkRegistration registration, CancellationToken cancellationToken)
    {
        if (!File.Exists(registration.UploadPath))
        {
            registration.Fail(RegistrationIssue.UploadMissing, "The uploaded file is no longer on the server; upload it again.", clock.GetUtcNow());
            return;
        }
        if (registration.Publish)
        {
            await using var content = File.OpenRead(registration.UploadPath);
            var stored = await contentStore.AddAsync(content, cancellationToken);
            if (stored.ToString() != registration.Cid)
            {
                registration.Fail(RegistrationIssue.CidMismatch, $"The content store computed {stored}, not {registration.Cid}; nothing was registered.", clock.GetUtcNow());
                return;
            }
        }
        var metadata = new MetadataDocument(MetadataDocument.CurrentSchema, registration.Title, registration.Description,
            registration.Kind.ToString().ToLowerInvariant(), registration.TagList, registration.FileName, registration.Size,
            registration.Sha256, registration.Cid, registration.Publish,
            registration.PerceptualKind, registration.NearestPriorWork, ConfirmedOwnWork: registration.NearestPriorWork is not null);
        using var document = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(metadata));
        var metadataCid = await contentStore.AddAsync(document, cancellationToken);
        registration.MarkStored(metadataCid.ToString(), clock.GetUtcNow());
    }

    /// <summary>
    /// Signs the registration and records it; it is sent by the next step, so a crash in between resends this very
    /// transaction. A creator's registration is signed by the creator's own key and relayed by the platform.
    /// </summary>
    private async Task SubmitAsync(WorkRegistration registration, CancellationToken cancellationToken)
    {
        Sha256Hex.TryParse(registration.Sha256, out var hash);
        var (content, metadata) = (Cid.Parse(registration.Cid), Cid.Parse(registration.MetadataCid!));
        var split = registration.Split is { } typed ? RoyaltySplit.Parse(typed) : null;
        if (registration.CreatorId is null)
        {
            var signed = await registry.SignRegistrationAsync(hash, content, metadata, Fingerprint(registration), split, cancellationToken);
            registration.MarkSubmitted(signed.Raw, signed.Hash, clock.GetUtcNow());
            return;
        }
        var creatorKey = await accountKeys.UnlockAsync(registration.CreatorId, cancellationToken);
        var deadline = clock.GetUtcNow() + SignatureLifetime;
        var relayed = await registry.SignRelayedRegistrationAsync(creatorKey, deadline, hash, content, metadata, Fingerprint(registration), split, cancellationToken);
        registration.MarkSubmitted(relayed.Raw, relayed.Hash, clock.GetUtcNow(), deadline);
    }

    private async Task ConfirmAsync(WorkRegistration registration, CancellationToken cancellationToken)
    {
        var mined = await registry.GetRegistrationReceiptAsync(registration.TransactionHash!, cancellationToken);
        if (mined is null && !await registry.IsKnownAsync(registration.TransactionHash!, cancellationToken))
        {
            if (registration.SignatureDeadline is { } deadline && deadline - SignatureMargin <= clock.GetUtcNow())
            {
                // Never sent in time (an outage): the creator's signature would be refused, so sign afresh.
                registration.ReturnToStored(clock.GetUtcNow());
                return;
            }
            await registry.SendAsync(new SignedTransaction(registration.SignedTransaction!, registration.TransactionHash!), cancellationToken);
            mined = await WaitBrieflyForReceiptAsync(registration.TransactionHash!, cancellationToken);
        }
        var now = clock.GetUtcNow();
        if (mined is null)
        {
            registration.Postpone(RegistrationIssue.None, "Waiting for the transaction to be mined.", MiningPoll, now);
            return;
        }
        registration.MarkConfirmed(mined.WorkId, mined.Creator, mined.BlockNumber, mined.Timestamp, now);
        DeleteUpload(registration);
    }

    /// <summary>A dev chain mines within milliseconds of arrival; a public chain takes longer, and the next pass looks again.</summary>
    private async Task<MinedRegistration?> WaitBrieflyForReceiptAsync(string transactionHash, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await registry.GetRegistrationReceiptAsync(transactionHash, cancellationToken) is { } mined) return mined;
            await Task.Delay(50, cancellationToken);
        }
        return null;
    }

    private static ulong Fingerprint(WorkRegistration registration) => unchecked((ulong)(registration.PerceptualHash ?? 0));

    private static TimeSpan Backoff(WorkRegistration registration) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(registration.Attempts, 10))));

    private void DeleteUpload(WorkRegistration registration)
    {
        try { File.Delete(registration.UploadPath); }
        catch (IOException e) { logger.LogWarning(e, "Could not delete the upload of registration {Id}", registration.Id); }
    }
}
