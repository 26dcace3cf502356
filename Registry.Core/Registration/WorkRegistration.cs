using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Royalties;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Registration;

/// <summary>
/// One registration on its way from upload to a confirmed work. Every step's result is persisted, so a crash or an
/// outage resumes from the last step; <see cref="PendingReason"/> says why it is waiting.
/// </summary>
public sealed class WorkRegistration
{
    private WorkRegistration() { }

    public Guid Id { get; private set; }

    public RegistrationState State { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>Why a step is being retried (a service is down), or null while all goes well.</summary>
    public string? PendingReason { get; private set; }

    /// <summary>What <see cref="FailureReason"/> or <see cref="PendingReason"/> is about, for the UI to word.</summary>
    public RegistrationIssue Issue { get; private set; }

    /// <summary>With <see cref="RegistrationIssue.AlreadyRegistered"/>: the work that has the same content.</summary>
    public long? ExistingWorkId { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The account registering the work: its key signs, and the work is minted to its address. Null: the platform account registers.</summary>
    public string? CreatorId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public WorkKind Kind { get; init; }

    public required string Tags { get; init; }

    public bool Publish { get; init; }

    /// <summary>The royalty split to register, as <see cref="Royalties.SplitInput.Format"/> writes it; null: the creator alone.</summary>
    public string? Split { get; init; }

    public required string FileName { get; init; }

    public required string UploadPath { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string Cid { get; init; }

    /// <summary>The 64-bit perceptual fingerprint (pHash of an image, MinHash of a text), as stored on-chain; null for other kinds.</summary>
    public long? PerceptualHash { get; init; }

    /// <summary>"image" or "text" when <see cref="PerceptualHash"/> is set.</summary>
    public string? PerceptualKind { get; init; }

    /// <summary>The nearest registered work the creator was shown and confirmed this is their own work despite.</summary>
    public long? NearestPriorWork { get; init; }

    public string? MetadataCid { get; private set; }

    public string? SignedTransaction { get; private set; }

    public string? TransactionHash { get; private set; }

    /// <summary>Until when the creator's signature inside <see cref="SignedTransaction"/> is accepted (relayed registrations).</summary>
    public DateTimeOffset? SignatureDeadline { get; private set; }

    public long? WorkId { get; private set; }

    public string? Owner { get; private set; }

    public long? BlockNumber { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsFinished => State is RegistrationState.Confirmed or RegistrationState.Failed;

    public static WorkRegistration Receive(Guid id, WorkDetails details, string fileName, string uploadPath, long size, string sha256, string cid, DateTimeOffset now,
        string? creatorId = null, PerceptualFingerprint? perceptual = null, long? nearestPriorWork = null) =>
        new()
        {
            Id = id,
            CreatorId = creatorId,
            PerceptualHash = perceptual?.Hash is { } hash ? unchecked((long)hash) : null,
            PerceptualKind = perceptual?.Hash is not null && SimilarWorks.KindOf(perceptual.Kind) is { } kind ? SimilarWorks.NameOf(kind) : null,
            NearestPriorWork = nearestPriorWork,
            State = RegistrationState.Received,
            Title = details.Title,
            Description = details.Description,
            Kind = details.Kind,
            Tags = string.Join(", ", details.Tags),
            Publish = details.Publish,
            Split = SplitInput.Parse(details.Split) is { IsValid: true, IsCreatorAlone: false } split ? SplitInput.Format(split.Shares) : null,
            FileName = fileName,
            UploadPath = uploadPath,
            Size = size,
            Sha256 = sha256,
            Cid = cid,
            CreatedAt = now,
            UpdatedAt = now,
            NextAttemptAt = now,
        };

    public IReadOnlyList<string> TagList => Tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public void MarkStored(string metadataCid, DateTimeOffset now)
    {
        Expect(RegistrationState.Received);
        MetadataCid = metadataCid;
        Advance(RegistrationState.Stored, now);
    }

    public void MarkSubmitted(string signedTransaction, string transactionHash, DateTimeOffset now, DateTimeOffset? signatureDeadline = null)
    {
        Expect(RegistrationState.Stored);
        SignedTransaction = signedTransaction;
        TransactionHash = transactionHash;
        SignatureDeadline = signatureDeadline;
        Advance(RegistrationState.Submitted, now);
    }

    /// <summary>The signed transaction was not mined and can no longer be (e.g. the chain forgot it): sign anew.</summary>
    public void ReturnToStored(DateTimeOffset now)
    {
        Expect(RegistrationState.Submitted);
        SignedTransaction = null;
        TransactionHash = null;
        SignatureDeadline = null;
        State = RegistrationState.Stored;
        UpdatedAt = now;
    }

    public void MarkConfirmed(long workId, string owner, long blockNumber, DateTimeOffset blockTime, DateTimeOffset now)
    {
        Expect(RegistrationState.Submitted);
        WorkId = workId;
        Owner = owner;
        BlockNumber = blockNumber;
        ConfirmedAt = blockTime;
        Advance(RegistrationState.Confirmed, now);
    }

    public void Fail(RegistrationIssue issue, string reason, DateTimeOffset now, long? existingWorkId = null)
    {
        Issue = issue;
        ExistingWorkId = existingWorkId;
        FailureReason = reason;
        PendingReason = null;
        State = RegistrationState.Failed;
        UpdatedAt = now;
    }

    /// <summary>A service the current step needs is unavailable: keep the state, say why, try again later.</summary>
    public void Postpone(RegistrationIssue issue, string reason, TimeSpan delay, DateTimeOffset now)
    {
        Issue = issue;
        PendingReason = reason;
        Attempts++;
        NextAttemptAt = now + delay;
        UpdatedAt = now;
    }

    private void Advance(RegistrationState next, DateTimeOffset now)
    {
        State = next;
        PendingReason = null;
        Issue = RegistrationIssue.None;
        Attempts = 0;
        NextAttemptAt = now;
        UpdatedAt = now;
    }

    private void Expect(RegistrationState expected)
    {
        if (State != expected)
            throw new InvalidOperationException($"Registration {Id} is {State}, not {expected}.");
    }
}
