namespace Registry.Core.Works;

public enum WorkEventKind
{
    Registered,
    Transferred,
    OfferCreated,
    OfferPaused,
    OfferResumed,
    OfferWithdrawn,
    LicencePurchased,
    LicenceTransferred,
    LicenceRevoked,
    SalesFrozen,
    SalesUnfrozen,
    DisputeOpened,
    DisputeResponded,
    DisputeRuled,
    DisputeAppealed,
    AppealRuled,
    DisputeSettled,
    DisputeBondCredited,
    WorkReassigned,
}
