namespace Registry.Core.Disputes;

/// <summary>Why a dispute step was refused.</summary>
public enum DisputeProblem
{
    UnknownWork,

    /// <summary>The copied work is missing, unknown, the disputed work itself, or named by a claim other than Copies.</summary>
    UnknownCopiedWork,
    StatementMissing,
    StatementTooLong,
    ReasonMissing,
    ReasonTooLong,
    TooManyFiles,
    FileTooLarge,
    EvidenceTooLarge,
    WrongBond,

    /// <summary>The claimant has an unruled dispute on the work already.</summary>
    AlreadyOpen,
    UnknownDispute,

    /// <summary>The dispute is not in the state the step needs (responding to a ruled dispute, appealing twice, …).</summary>
    WrongStatus,
    NotOwner,
    NotModerator,

    /// <summary>Only the claimant and the work's owner at the ruling may appeal.</summary>
    NotParty,

    /// <summary>The appeal must be ruled by another moderator than the first ruling's.</summary>
    SameModerator,
    AppealWindowClosed,

    /// <summary>The ruling can still be appealed, so it cannot be settled yet.</summary>
    AppealWindowOpen,

    /// <summary>Licences may be revoked only by a Frozen or Reassigned ruling.</summary>
    RevocationNotAllowed,
    LicenceNotOfWork,

    /// <summary>The claimant owns the work.</summary>
    OwnWork,
    NothingOwed,
    InsufficientFunds,
    ContentStoreUnavailable,

    /// <summary>The contract refused for a reason the checks before sending do not know.</summary>
    Refused,
}
