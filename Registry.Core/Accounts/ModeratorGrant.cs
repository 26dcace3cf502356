namespace Registry.Core.Accounts;

/// <summary>
/// An Admin made an account a Moderator: the app role is granted at once; this record follows the same grant on
/// the contract's access control (<c>grantRole</c>), which a background service sends and settles.
/// </summary>
public sealed class ModeratorGrant
{
    private ModeratorGrant() { }

    public Guid Id { get; private set; }

    /// <summary>The account made Moderator.</summary>
    public string UserId { get; private set; } = "";

    /// <summary>Its address, which receives the role on-chain.</summary>
    public string Address { get; private set; } = "";

    public string GrantedByUserId { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public OnChainState OnChainState { get; private set; }

    /// <summary>Why the on-chain grant failed, in words a person can act on.</summary>
    public string? Reason { get; private set; }

    public string? TransactionHash { get; private set; }

    /// <summary>When the on-chain state last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ModeratorGrant Request(string userId, string address, string grantedByUserId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Address = address,
        GrantedByUserId = grantedByUserId,
        GrantedAt = now,
        OnChainState = OnChainState.Pending,
        UpdatedAt = now,
    };

    /// <summary>The grant transaction was sent; it stays pending until mined.</summary>
    public void RecordSent(string transactionHash, DateTimeOffset now)
    {
        TransactionHash = transactionHash;
        UpdatedAt = now;
    }

    public void MarkGranted(string? transactionHash, DateTimeOffset now)
    {
        OnChainState = OnChainState.Granted;
        TransactionHash = transactionHash ?? TransactionHash;
        Reason = null;
        UpdatedAt = now;
    }

    public void MarkFailed(string reason, DateTimeOffset now)
    {
        OnChainState = OnChainState.Failed;
        Reason = reason;
        UpdatedAt = now;
    }

    /// <summary>An Admin grants again after a failure: the on-chain part is tried anew.</summary>
    public void Retry(string grantedByUserId, DateTimeOffset now)
    {
        if (OnChainState != OnChainState.Failed) return;
        OnChainState = OnChainState.Pending;
        GrantedByUserId = grantedByUserId;
        Reason = null;
        TransactionHash = null;
        UpdatedAt = now;
    }
}
