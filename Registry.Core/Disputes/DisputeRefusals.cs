using System.Globalization;
using System.Numerics;
using Registry.Core.Licensing;

namespace Registry.Core.Disputes;

/// <summary>
/// The words of every refusal of a dispute step, in one place, so that a check made before sending and the contract's
/// own refusal of the same thing read alike (and the REST API's upload limits read like the services').
/// </summary>
public static class DisputeRefusals
{
    public static DisputeOutcome UnknownWork(long workId) => DisputeOutcome.Refused(DisputeProblem.UnknownWork, "There is no work #{0}.", workId);

    public static DisputeOutcome CopiedWorkMissing() =>
        DisputeOutcome.Refused(DisputeProblem.UnknownCopiedWork, "Say which registered work this one copies: give its number.");

    public static DisputeOutcome UnknownCopiedWork(long copiedWorkId) =>
        DisputeOutcome.Refused(DisputeProblem.UnknownCopiedWork, "There is no work #{0}, so it cannot have been copied.", copiedWorkId);

    public static DisputeOutcome CopiesItself(long workId) =>
        DisputeOutcome.Refused(DisputeProblem.UnknownCopiedWork, "Work #{0} cannot copy itself: name the other work it copies.", workId);

    public static DisputeOutcome CopiedWorkNotExpected(DisputeClaim claim) =>
        DisputeOutcome.Refused(DisputeProblem.UnknownCopiedWork, "Only a claim that the work copies another names a copied work, not a claim of {0}.", Name(claim));

    public static DisputeOutcome StatementMissing() =>
        DisputeOutcome.Refused(DisputeProblem.StatementMissing, "Write a statement: say what happened and why, in at most {0} characters.", Count(DisputeLimits.MaxStatementLength));

    public static DisputeOutcome StatementTooLong(int length) =>
        DisputeOutcome.Refused(DisputeProblem.StatementTooLong, "The statement is {0} characters long; it may be at most {1}.", Count(length), Count(DisputeLimits.MaxStatementLength));

    public static DisputeOutcome ReasonMissing() =>
        DisputeOutcome.Refused(DisputeProblem.ReasonMissing, "A ruling needs a written reason: say why, in at most {0} characters.", Count(DisputeLimits.MaxReasonLength));

    public static DisputeOutcome ReasonTooLong(int length) =>
        DisputeOutcome.Refused(DisputeProblem.ReasonTooLong, "The reason is {0} characters long; it may be at most {1}.", Count(length), Count(DisputeLimits.MaxReasonLength));

    public static DisputeOutcome TooManyFiles(int count) =>
        DisputeOutcome.Refused(DisputeProblem.TooManyFiles, "At most {0} files may be attached; these are {1}.", DisputeLimits.MaxFiles, count);

    public static DisputeOutcome FileTooLarge(string fileName, long bytes) =>
        DisputeOutcome.Refused(DisputeProblem.FileTooLarge, "'{0}' is {1}; each file may be at most {2}.", fileName, Size(bytes), Size(DisputeLimits.MaxFileBytes, decimals: false));

    public static DisputeOutcome EvidenceTooLarge(long bytes) =>
        DisputeOutcome.Refused(DisputeProblem.EvidenceTooLarge, "Evidence may be at most {0} in all; these files are {1}.", Size(DisputeLimits.MaxTotalBytes, decimals: false), Size(bytes));

    public static DisputeOutcome WrongBond(BigInteger expected, BigInteger sent) =>
        DisputeOutcome.Refused(DisputeProblem.WrongBond, "The bond for a dispute is {0}, but {1} was offered.", NativeAmount.Format(expected), NativeAmount.Format(sent));

    public static DisputeOutcome AlreadyOpen(long workId, long disputeId) =>
        DisputeOutcome.Refused(DisputeProblem.AlreadyOpen, "You already have dispute #{1} open on work #{0}; wait for its ruling before opening another.", workId, disputeId);

    public static DisputeOutcome OwnWork(long workId) =>
        DisputeOutcome.Refused(DisputeProblem.OwnWork, "Work #{0} is yours: you cannot open a dispute on your own work.", workId);

    public static DisputeOutcome UnknownDispute(long disputeId) => DisputeOutcome.Refused(DisputeProblem.UnknownDispute, "There is no dispute #{0}.", disputeId);

    public static DisputeOutcome NotOwner(long disputeId, long workId) =>
        DisputeOutcome.Refused(DisputeProblem.NotOwner, "Only the owner of work #{1} can respond to dispute #{0}.", disputeId, workId);

    public static DisputeOutcome NotModerator() => DisputeOutcome.Refused(DisputeProblem.NotModerator, "Only a moderator can rule on disputes.");

    public static DisputeOutcome NotModeratorOnChain(string address) =>
        DisputeOutcome.Refused(DisputeProblem.NotModerator,
            "Your account {0} does not hold the moderator role on the chain yet, so it cannot rule; try again once the role has been granted.", address);

    public static DisputeOutcome NotParty(long disputeId, long workId) =>
        DisputeOutcome.Refused(DisputeProblem.NotParty, "Only the claimant or the owner of work #{1} at the ruling can appeal dispute #{0}.", disputeId, workId);

    public static DisputeOutcome SameModerator(long disputeId) =>
        DisputeOutcome.Refused(DisputeProblem.SameModerator, "You made the first ruling on dispute #{0}; its appeal must be decided by another moderator.", disputeId);

    public static DisputeOutcome AppealWindowClosed(long disputeId, DateTimeOffset closedAt) =>
        DisputeOutcome.Refused(DisputeProblem.AppealWindowClosed, "The ruling on dispute #{0} could be appealed until {1} UTC; that time has passed.", disputeId, Time(closedAt));

    public static DisputeOutcome AppealWindowOpen(long disputeId, DateTimeOffset closesAt) =>
        DisputeOutcome.Refused(DisputeProblem.AppealWindowOpen, "The ruling on dispute #{0} can be appealed until {1} UTC; it can be settled only after that.", disputeId, Time(closesAt));

    public static DisputeOutcome RevocationNotAllowed(DisputeRuling ruling) =>
        DisputeOutcome.Refused(DisputeProblem.RevocationNotAllowed, "Licences can be revoked only by a ruling that freezes or reassigns the work, not by {0}.", Name(ruling));

    public static DisputeOutcome LicenceNotOfWork(long licenceId, long workId) =>
        DisputeOutcome.Refused(DisputeProblem.LicenceNotOfWork, "Licence #{0} is not a licence of work #{1}.", licenceId, workId);

    public static DisputeOutcome NothingOwed() => DisputeOutcome.Refused(DisputeProblem.NothingOwed, "No bond is owed to you: there is nothing to withdraw.");

    /// <summary>The account cannot pay <paramref name="bond"/> (zero: nothing but the gas).</summary>
    public static DisputeOutcome InsufficientFunds(BigInteger balance, BigInteger bond) => bond.IsZero
        ? DisputeOutcome.Refused(DisputeProblem.InsufficientFunds, "Your account holds {0}, too little to pay for the transaction's gas.", NativeAmount.Format(balance))
        : DisputeOutcome.Refused(DisputeProblem.InsufficientFunds, "Your account holds {0}; the bond is {1} plus gas.", NativeAmount.Format(balance), NativeAmount.Format(bond));

    public static DisputeOutcome ContentStoreUnavailable(string reason) =>
        DisputeOutcome.Refused(DisputeProblem.ContentStoreUnavailable, "The documents could not be stored, so nothing was sent: {0}", reason);

    public static DisputeOutcome Refused(string errorName) => DisputeOutcome.Refused(DisputeProblem.Refused, "The disputes contract refused: {0}.", errorName);

    /// <summary>A step the dispute's status does not allow, worded for the action.</summary>
    public static DisputeOutcome WrongStatus(long disputeId, DisputeStatus status, DisputeAction action)
    {
        var template = (action, status) switch
        {
            (_, DisputeStatus.Closed) => "Dispute #{0} is closed: its ruling is final.",
            (DisputeAction.Respond, _) => "Dispute #{0} has been ruled: a counter-statement can be added only while it is open.",
            (DisputeAction.Appeal or DisputeAction.Settle, DisputeStatus.Open) => "Dispute #{0} has not been ruled yet.",
            (DisputeAction.Appeal, DisputeStatus.Appealed) => "Dispute #{0} has been appealed already: a ruling can be appealed only once.",
            (DisputeAction.Settle, DisputeStatus.Appealed) => "Dispute #{0} has been appealed: its bond is settled when the appeal is ruled.",
            (DisputeAction.Rule, DisputeStatus.Ruled) => "Dispute #{0} has been ruled already; it can be ruled again only on appeal.",
            _ => "Dispute #{0} is {1}: this step is not possible now.",
        };
        return DisputeOutcome.Refused(DisputeProblem.WrongStatus, template, disputeId, Name(status));
    }

    /// <summary>"12.0 MiB": rounded up to a tenth, so that a size over a limit never reads as the limit.</summary>
    public static string Size(long bytes, bool decimals = true)
    {
        var mebibytes = Math.Ceiling(bytes * 10.0 / DisputeLimits.Mebibyte) / 10;
        return mebibytes.ToString(decimals ? "0.0" : "0.#", CultureInfo.InvariantCulture) + " MiB";
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}
