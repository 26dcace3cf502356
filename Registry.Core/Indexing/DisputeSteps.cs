using Registry.Core.Disputes;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// A dispute's state as its steps (the timeline events carrying its id) move it, the way the contract does: applied
/// one at a time while indexing, and replayed from the surviving steps after a reorganisation, so both agree.
/// </summary>
internal static class DisputeSteps
{
    public static void Apply(Dispute dispute, WorkEvent step)
    {
        switch (step.Kind)
        {
            case WorkEventKind.DisputeOpened:
                dispute.Status = DisputeStatus.Open;
                break;
            case WorkEventKind.DisputeResponded:
                dispute.CounterStatementCid = step.DocumentCid;
                break;
            case WorkEventKind.DisputeRuled:
                dispute.Status = DisputeStatus.Ruled;
                dispute.Ruling = step.Ruling;
                dispute.Moderator = step.From;
                dispute.OwnerAtRuling = step.To;
                dispute.ReasonCid = step.DocumentCid;
                dispute.RuledAt = step.Timestamp;
                AddRevoked(dispute, step.RevokedLicences);
                break;
            case WorkEventKind.DisputeAppealed:
                dispute.Status = DisputeStatus.Appealed;
                dispute.Appellant = step.From;
                dispute.AppealEvidenceCid = step.DocumentCid;
                dispute.AppealedAt = step.Timestamp;
                break;
            case WorkEventKind.AppealRuled:
                dispute.Status = DisputeStatus.Closed;
                dispute.AppealRuling = step.Ruling;
                dispute.AppealModerator = step.From;
                dispute.AppealReasonCid = step.DocumentCid;
                dispute.AppealRuledAt = step.Timestamp;
                AddRevoked(dispute, step.RevokedLicences);
                break;
            case WorkEventKind.DisputeSettled:
                dispute.Status = DisputeStatus.Closed;
                break;
            case WorkEventKind.DisputeBondCredited:
                // Credited when the ruling became final: by the appeal's ruling (which follows in the same
                // transaction) or by a settlement after the appeal window.
                dispute.Status = DisputeStatus.Closed;
                dispute.BondCreditedTo = step.To;
                break;
        }
    }

    /// <summary>Back to the state the dispute was opened in, before its surviving steps are replayed.</summary>
    public static void Reset(Dispute dispute)
    {
        dispute.Status = DisputeStatus.Open;
        dispute.CounterStatementCid = null;
        dispute.Ruling = null;
        dispute.Moderator = null;
        dispute.OwnerAtRuling = null;
        dispute.ReasonCid = null;
        dispute.RuledAt = null;
        dispute.RevokedLicences = "";
        dispute.Appellant = null;
        dispute.AppealEvidenceCid = null;
        dispute.AppealedAt = null;
        dispute.AppealRuling = null;
        dispute.AppealModerator = null;
        dispute.AppealReasonCid = null;
        dispute.AppealRuledAt = null;
        dispute.BondCreditedTo = null;
    }

    private static void AddRevoked(Dispute dispute, string? revoked)
    {
        if (string.IsNullOrEmpty(revoked)) return;
        dispute.RevokedLicences = dispute.RevokedLicences.Length == 0 ? revoked : $"{dispute.RevokedLicences},{revoked}";
    }
}
