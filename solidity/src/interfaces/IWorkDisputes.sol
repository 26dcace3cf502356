// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Disputes over registered works: claims, counter-statements, rulings, one appeal, bonds
/// @notice Anyone may open a dispute on a work, posting the bond the admin set (possibly zero) and an evidence
/// document on IPFS. The work's owner may answer with a counter-statement. A moderator (a holder of the registry's
/// `MODERATOR_ROLE`) rules with a reason document: Dismissed, or upheld as Flagged (contested, sales go on), Frozen (no
/// new licences sold) or Reassigned (the work and its royalties move to the claimant); a Frozen or Reassigned ruling
/// may also revoke licences of the work. Either party may appeal once within the appeal window; another moderator
/// decides the appeal, and that decision is final.
/// @dev The bond is held until the ruling is final (the appeal is ruled, or the window closed without one and someone
/// called {settle}); then it is credited as a pull-payment balance: to the claimant when upheld, to the platform (the
/// licensing contract's fee recipient) when dismissed. Dismissed bonds go to the platform rather than to the work's
/// owner because the bond is there to deter frivolous claims: paying it to the owner would reward being accused and
/// invite collusion between a claimant and an owner. Evidence, counter-statements and reasons are binary CIDv1s in the
/// events only.
interface IWorkDisputes {
    /// @notice What the claimant asserts.
    enum ClaimType {
        Authorship,
        Copies,
        Unlawful
    }

    /// @notice A moderator's decision; all but Dismissed uphold the claim.
    enum Ruling {
        Dismissed,
        Flagged,
        Frozen,
        Reassigned
    }

    /// @notice Where a dispute stands. None: no such dispute. Open: awaiting a ruling. Ruled: ruled, appealable
    /// within the window, bond held. Appealed: awaiting the appeal's ruling. Closed: final, bond settled.
    enum Status {
        None,
        Open,
        Ruled,
        Appealed,
        Closed
    }

    /// @notice A dispute as stored.
    /// @param claimant Who opened it.
    /// @param workId The work disputed.
    /// @param claim The {ClaimType}.
    /// @param status The {Status}.
    /// @param ruling The first ruling (meaningful once ruled).
    /// @param appealRuling The appeal's ruling (meaningful once closed after an appeal).
    /// @param appealed Whether it was appealed.
    /// @param copiedWorkId For a Copies claim, the work it is said to copy; else 0.
    /// @param ruledAt Block time of the first ruling; 0 until ruled.
    /// @param bond The bond posted, in wei.
    /// @param moderator Who made the first ruling.
    /// @param owner The work's owner when the first ruling was made (a party who may appeal).
    /// @param contentHash The work's content hash.
    struct Dispute {
        address claimant;
        uint64 workId;
        ClaimType claim;
        Status status;
        Ruling ruling;
        Ruling appealRuling;
        bool appealed;
        uint64 copiedWorkId;
        uint64 ruledAt;
        uint128 bond;
        address moderator;
        address owner;
        bytes32 contentHash;
    }

    /// @notice A dispute was opened.
    /// @param disputeId The new dispute's id (sequential from 1).
    /// @param workId The work disputed.
    /// @param claimant Who opened it.
    /// @param claim The {ClaimType}.
    /// @param copiedWorkId For a Copies claim, the work it is said to copy; else 0.
    /// @param bond The bond posted, in wei.
    /// @param evidenceCid Binary CIDv1 of the evidence document on IPFS.
    event DisputeOpened(
        uint256 indexed disputeId,
        uint256 indexed workId,
        address indexed claimant,
        ClaimType claim,
        uint256 copiedWorkId,
        uint256 bond,
        bytes evidenceCid
    );

    /// @notice The work's owner answered a dispute.
    /// @param counterCid Binary CIDv1 of the counter-statement on IPFS.
    event DisputeResponded(uint256 indexed disputeId, address indexed owner, bytes counterCid);

    /// @notice A moderator ruled on a dispute.
    /// @param revokedLicences The licences the ruling revoked.
    /// @param reasonCid Binary CIDv1 of the reason document on IPFS.
    event DisputeRuled(
        uint256 indexed disputeId,
        uint256 indexed workId,
        address indexed moderator,
        Ruling ruling,
        uint256[] revokedLicences,
        bytes reasonCid
    );

    /// @notice A party appealed the ruling.
    /// @param evidenceCid Binary CIDv1 of the appeal's evidence on IPFS.
    event DisputeAppealed(uint256 indexed disputeId, address indexed appellant, bytes evidenceCid);

    /// @notice A second moderator ruled on the appeal; the dispute is closed.
    event AppealRuled(
        uint256 indexed disputeId,
        uint256 indexed workId,
        address indexed moderator,
        Ruling ruling,
        uint256[] revokedLicences,
        bytes reasonCid
    );

    /// @notice An unappealed ruling became final once its appeal window had passed (emitted for every settlement, bond or not).
    event DisputeSettled(uint256 indexed disputeId, uint256 indexed workId, Ruling ruling);

    /// @notice A dispute's bond was credited to an account's withdrawable balance (bonds of zero are not).
    /// @param account The claimant when upheld, the platform when dismissed.
    event BondCredited(uint256 indexed disputeId, address indexed account, uint256 amount);

    /// @notice An account withdrew everything it was owed.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The admin set the bond of new disputes.
    event BondChanged(uint256 bond);

    /// @notice The admin set the appeal window.
    event AppealWindowChanged(uint64 appealWindow);

    /// @notice The registry or licensing contract given to the constructor has no code.
    error WorkDisputesInvalidContract(address account);

    /// @notice The admin given to the constructor is the zero address.
    error WorkDisputesZeroAdmin();

    /// @notice No work with this id is registered under this content hash.
    error WorkDisputesWorkNotFound(uint256 workId, bytes32 contentHash);

    /// @notice A Copies claim names no registered work other than the disputed one, or another claim names one.
    error WorkDisputesInvalidCopiedWork(uint256 copiedWorkId);

    /// @notice The evidence (or counter-statement) CID is empty.
    error WorkDisputesEmptyEvidence();

    /// @notice The value sent is not the bond.
    error WorkDisputesWrongBond(uint256 expected, uint256 sent);

    /// @notice The claimant already has an open dispute on this work.
    error WorkDisputesAlreadyOpen(uint256 workId, address claimant, uint256 disputeId);

    /// @notice There is no dispute with this id.
    error WorkDisputesNotFound(uint256 disputeId);

    /// @notice The dispute is not in the status the call needs.
    error WorkDisputesWrongStatus(uint256 disputeId, Status status);

    /// @notice Only the work's current owner may respond.
    error WorkDisputesNotWorkOwner(uint256 disputeId, address account);

    /// @notice Only a holder of the registry's moderator role may rule.
    error WorkDisputesNotModerator(address account);

    /// @notice A ruling needs a reason document.
    error WorkDisputesReasonRequired();

    /// @notice Licences may be revoked only by a Frozen or Reassigned ruling.
    error WorkDisputesRevocationNotAllowed(Ruling ruling);

    /// @notice The licence is not a licence of the disputed work.
    error WorkDisputesLicenceNotOfWork(uint256 licenceId, uint256 workId);

    /// @notice Only the claimant or the work's owner at the ruling may appeal.
    error WorkDisputesNotParty(uint256 disputeId, address account);

    /// @notice The appeal window closed at `closedAt` (appeal) or is still open until then (settle).
    error WorkDisputesAppealWindowClosed(uint256 disputeId, uint256 closedAt);

    /// @notice The appeal window is still open until `closesAt`, so the ruling is not final yet.
    error WorkDisputesAppealWindowOpen(uint256 disputeId, uint256 closesAt);

    /// @notice The appeal must be ruled by another moderator than the first ruling's.
    error WorkDisputesSameModerator(address moderator);

    /// @notice The account is owed nothing.
    error WorkDisputesNothingOwed(address account);

    /// @notice Sending the native coin to the account failed.
    error WorkDisputesPaymentFailed(address account, uint256 amount);

    /// @notice Opens a dispute on a work, posting exactly {bond} in `msg.value`.
    /// @param workId The work disputed; must be registered under `contentHash`.
    /// @param contentHash The work's content hash (kept for a reassignment, which rewrites the split under it).
    /// @param claim The {ClaimType}.
    /// @param copiedWorkId For Copies, a registered work other than `workId`; for the other claims, 0.
    /// @param evidenceCid Binary CIDv1 of the evidence document; non-empty.
    /// @return disputeId The new dispute's id.
    function openDispute(
        uint256 workId,
        bytes32 contentHash,
        ClaimType claim,
        uint256 copiedWorkId,
        bytes calldata evidenceCid
    ) external payable returns (uint256 disputeId);

    /// @notice Adds a counter-statement to an open dispute; by the work's current owner, as often as they like.
    function respond(uint256 disputeId, bytes calldata counterCid) external;

    /// @notice Rules on an open dispute; by a moderator. Frozen freezes the work's sales; Reassigned moves the work to
    /// the claimant with the claimant alone as royalty recipient. The bond stays held until the ruling is final.
    /// @param reasonCid Binary CIDv1 of the reason document; non-empty.
    /// @param revokeLicences Licences of the work to revoke; only with Frozen or Reassigned.
    function rule(uint256 disputeId, Ruling ruling, bytes calldata reasonCid, uint256[] calldata revokeLicences)
        external;

    /// @notice Appeals a ruling once, within {appealWindow} seconds of it; by the claimant or the work's owner at the
    /// ruling.
    function appeal(uint256 disputeId, bytes calldata evidenceCid) external;

    /// @notice Rules on an appeal, finally; by a moderator other than the first ruling's. Frozen freezes; overturning a
    /// Frozen ruling unfreezes unless another dispute's standing ruling froze the work too; Reassigned reassigns to the
    /// claimant unless the first ruling did already. A reassignment by the first ruling is not undone automatically
    /// when the appeal overturns it: the work's new owner holds it and moving it back needs the former split, which the
    /// admin restores through the registry. Settles the bond.
    function ruleAppeal(uint256 disputeId, Ruling ruling, bytes calldata reasonCid, uint256[] calldata revokeLicences)
        external;

    /// @notice Makes an unappealed ruling final once its appeal window has closed and settles its bond; by anyone.
    function settle(uint256 disputeId) external;

    /// @notice Pays the caller everything they are owed (settled bonds).
    /// @return amount The amount paid.
    function withdraw() external returns (uint256 amount);

    /// @notice Sets the bond of disputes opened from now on, in wei (zero allowed); by the admin.
    function setBond(uint256 bond) external;

    /// @notice Sets how many seconds after a ruling a party may appeal it; by the admin.
    function setAppealWindow(uint64 appealWindow) external;

    /// @notice The dispute as stored; all fields zero when there is none.
    function getDispute(uint256 disputeId) external view returns (Dispute memory);

    /// @notice The claimant's open (unruled) dispute on the work, or 0.
    function openDisputeOf(uint256 workId, address claimant) external view returns (uint256);

    /// @notice Whether `account` holds the registry's moderator role.
    function isModerator(address account) external view returns (bool);

    /// @notice What `account` can withdraw.
    function owed(address account) external view returns (uint256);

    /// @notice What all accounts together can withdraw.
    function totalOwed() external view returns (uint256);

    /// @notice The bonds of disputes not yet final.
    function totalHeld() external view returns (uint256);

    /// @notice The bond of new disputes, in wei.
    function bond() external view returns (uint256);

    /// @notice Seconds after a ruling during which it may be appealed.
    function appealWindow() external view returns (uint64);

    /// @notice How many disputes have been opened; also the highest dispute id.
    function totalDisputes() external view returns (uint256);
}
