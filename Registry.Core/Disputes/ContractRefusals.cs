using Registry.Contracts.WorkDisputes.ContractDefinition;

namespace Registry.Core.Disputes;

/// <summary>The disputes contract's refusals worded as the checks before sending word the same problems.</summary>
internal static class ContractRefusals
{
    /// <param name="action">The step refused, for a wrong status; null when opening.</param>
    /// <param name="disputeId">The dispute acted on; 0 when opening.</param>
    /// <param name="workId">The disputed work.</param>
    public static DisputeOutcome Word(DisputesRefusedException refusal, DisputeAction? action, long disputeId, long workId) => refusal.Error switch
    {
        WorkDisputesWorkNotFoundError e => DisputeRefusals.UnknownWork((long)e.WorkId),
        WorkDisputesInvalidCopiedWorkError e when e.CopiedWorkId.IsZero => DisputeRefusals.CopiedWorkMissing(),
        WorkDisputesInvalidCopiedWorkError e when e.CopiedWorkId == workId => DisputeRefusals.CopiesItself(workId),
        WorkDisputesInvalidCopiedWorkError e => DisputeRefusals.UnknownCopiedWork((long)e.CopiedWorkId),
        WorkDisputesWrongBondError e => DisputeRefusals.WrongBond(e.Expected, e.Sent),
        WorkDisputesAlreadyOpenError e => DisputeRefusals.AlreadyOpen((long)e.WorkId, (long)e.DisputeId),
        WorkDisputesNotFoundError e => DisputeRefusals.UnknownDispute((long)e.DisputeId),
        WorkDisputesWrongStatusError e when action is { } a => DisputeRefusals.WrongStatus((long)e.DisputeId, (DisputeStatus)e.Status, a),
        WorkDisputesNotWorkOwnerError e => DisputeRefusals.NotOwner((long)e.DisputeId, workId),
        WorkDisputesNotModeratorError => DisputeRefusals.NotModerator(),
        WorkDisputesReasonRequiredError => DisputeRefusals.ReasonMissing(),
        WorkDisputesRevocationNotAllowedError e => DisputeRefusals.RevocationNotAllowed((DisputeRuling)e.Ruling),
        WorkDisputesLicenceNotOfWorkError e => DisputeRefusals.LicenceNotOfWork((long)e.LicenceId, (long)e.WorkId),
        WorkDisputesNotPartyError e => DisputeRefusals.NotParty((long)e.DisputeId, workId),
        WorkDisputesAppealWindowClosedError e => DisputeRefusals.AppealWindowClosed((long)e.DisputeId, DateTimeOffset.FromUnixTimeSeconds((long)e.ClosedAt)),
        WorkDisputesAppealWindowOpenError e => DisputeRefusals.AppealWindowOpen((long)e.DisputeId, DateTimeOffset.FromUnixTimeSeconds((long)e.ClosesAt)),
        WorkDisputesSameModeratorError => DisputeRefusals.SameModerator(disputeId),
        WorkDisputesNothingOwedError => DisputeRefusals.NothingOwed(),
        _ => DisputeRefusals.Refused(refusal.ErrorName),
    };
}
