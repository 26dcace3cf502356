// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IWorkDisputes} from "./interfaces/IWorkDisputes.sol";
import {IWorkLicensing} from "./interfaces/IWorkLicensing.sol";
import {IWorkRegistry} from "./interfaces/IWorkRegistry.sol";

/// @title Disputes over registered works
/// @notice See {IWorkDisputes}. Moderators are the holders of the registry's `MODERATOR_ROLE`, so the app grants
/// them in one place. To carry out rulings this contract needs `FREEZER_ROLE` and `REVOKER_ROLE` on the licensing
/// contract and the reassigner role, keccak256("REASSIGNER_ROLE"), on the registry. The admin given to the
/// constructor sets the bond and the appeal window.
/// @dev Bonds are pull payments: {totalHeld} (bonds of disputes not final) plus {totalOwed} (settled, not withdrawn)
/// is what the contract holds. Rulings change all state of this contract before they call the registry and the
/// licensing contract, which are trusted; value-moving functions are non-reentrant.
contract WorkDisputes is AccessControl, ReentrancyGuardTransient, IWorkDisputes {
    /// @notice The registry's moderator role, whose holders rule on disputes.
    bytes32 public constant MODERATOR_ROLE = keccak256("MODERATOR_ROLE");

    uint16 private constant _TOTAL_SHARES = 10_000;

    /// @notice The registry of the disputed works, which also says who the moderators are.
    IWorkRegistry public immutable registry;

    /// @notice The licensing contract whose sales rulings freeze and whose licences they revoke.
    IWorkLicensing public immutable licensing;

    uint256 private _bond;
    uint64 private _appealWindow;
    uint256 private _disputeCount;
    uint256 private _totalHeld;
    uint256 private _totalOwed;

    mapping(uint256 disputeId => Dispute) private _disputes;
    mapping(uint256 workId => mapping(address claimant => uint256 disputeId)) private _openDisputes;
    mapping(address account => uint256 amount) private _owed;
    /// @dev How many disputes' standing rulings freeze the work: an appeal that overturns one freeze must not unfreeze
    /// a work another dispute froze.
    mapping(uint256 workId => uint256 count) private _freezes;

    /// @param registry_ The work registry; must be a contract.
    /// @param licensing_ The licensing contract; must be a contract.
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE` (the bond and the appeal window start at zero).
    constructor(IWorkRegistry registry_, IWorkLicensing licensing_, address admin) {
        if (address(registry_).code.length == 0) revert WorkDisputesInvalidContract(address(registry_));
        if (address(licensing_).code.length == 0) revert WorkDisputesInvalidContract(address(licensing_));
        if (admin == address(0)) revert WorkDisputesZeroAdmin();
        registry = registry_;
        licensing = licensing_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---- parties ----

    /// @inheritdoc IWorkDisputes
    function openDispute(
        uint256 workId,
        bytes32 contentHash,
        ClaimType claim,
        uint256 copiedWorkId,
        bytes calldata evidenceCid
    ) external payable returns (uint256 disputeId) {
        if (workId == 0 || registry.workIdOf(contentHash) != workId) {
            revert WorkDisputesWorkNotFound(workId, contentHash);
        }
        if (claim == ClaimType.Copies) {
            if (copiedWorkId == 0 || copiedWorkId == workId || copiedWorkId > registry.totalWorks()) {
                revert WorkDisputesInvalidCopiedWork(copiedWorkId);
            }
        } else if (copiedWorkId != 0) {
            revert WorkDisputesInvalidCopiedWork(copiedWorkId);
        }
        if (evidenceCid.length == 0) revert WorkDisputesEmptyEvidence();
        uint256 expected = _bond;
        if (msg.value != expected) revert WorkDisputesWrongBond(expected, msg.value);
        uint256 open = _openDisputes[workId][msg.sender];
        if (open != 0) revert WorkDisputesAlreadyOpen(workId, msg.sender, open);

        disputeId = ++_disputeCount;
        _openDisputes[workId][msg.sender] = disputeId;
        _totalHeld += msg.value;
        // Work ids are below 2^64 (the registry packs them so; the copied one is at most totalWorks); a bond is below
        // 2^128 wei, more than all coins.
        _disputes[disputeId] = Dispute({
            claimant: msg.sender,
            // forge-lint: disable-next-line(unsafe-typecast)
            workId: uint64(workId),
            claim: claim,
            status: Status.Open,
            ruling: Ruling.Dismissed,
            appealRuling: Ruling.Dismissed,
            appealed: false,
            // forge-lint: disable-next-line(unsafe-typecast)
            copiedWorkId: uint64(copiedWorkId),
            ruledAt: 0,
            bond: uint128(msg.value),
            moderator: address(0),
            owner: address(0),
            contentHash: contentHash
        });
        emit DisputeOpened(disputeId, workId, msg.sender, claim, copiedWorkId, msg.value, evidenceCid);
    }

    /// @inheritdoc IWorkDisputes
    function respond(uint256 disputeId, bytes calldata counterCid) external {
        Dispute storage dispute = _disputeIn(disputeId, Status.Open);
        if (IERC721(address(registry)).ownerOf(dispute.workId) != msg.sender) {
            revert WorkDisputesNotWorkOwner(disputeId, msg.sender);
        }
        if (counterCid.length == 0) revert WorkDisputesEmptyEvidence();
        emit DisputeResponded(disputeId, msg.sender, counterCid);
    }

    /// @inheritdoc IWorkDisputes
    function appeal(uint256 disputeId, bytes calldata evidenceCid) external {
        Dispute storage dispute = _disputeIn(disputeId, Status.Ruled);
        if (msg.sender != dispute.claimant && msg.sender != dispute.owner) {
            revert WorkDisputesNotParty(disputeId, msg.sender);
        }
        uint256 closesAt = _appealClosesAt(dispute);
        // A validator can shift the timestamp by seconds; appeal windows are days.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > closesAt) revert WorkDisputesAppealWindowClosed(disputeId, closesAt);
        if (evidenceCid.length == 0) revert WorkDisputesEmptyEvidence();
        dispute.status = Status.Appealed;
        dispute.appealed = true;
        emit DisputeAppealed(disputeId, msg.sender, evidenceCid);
    }

    /// @inheritdoc IWorkDisputes
    function settle(uint256 disputeId) external nonReentrant {
        Dispute storage dispute = _disputeIn(disputeId, Status.Ruled);
        uint256 closesAt = _appealClosesAt(dispute);
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp <= closesAt) revert WorkDisputesAppealWindowOpen(disputeId, closesAt);
        dispute.status = Status.Closed;
        emit DisputeSettled(disputeId, dispute.workId, dispute.ruling);
        _settleBond(disputeId, dispute, dispute.ruling);
    }

    /// @inheritdoc IWorkDisputes
    function withdraw() external nonReentrant returns (uint256 amount) {
        amount = _owed[msg.sender];
        if (amount == 0) revert WorkDisputesNothingOwed(msg.sender);
        _owed[msg.sender] = 0;
        _totalOwed -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool sent,) = msg.sender.call{value: amount}("");
        if (!sent) revert WorkDisputesPaymentFailed(msg.sender, amount);
    }

    // ---- moderators ----

    /// @inheritdoc IWorkDisputes
    function rule(uint256 disputeId, Ruling ruling, bytes calldata reasonCid, uint256[] calldata revokeLicences)
        external
        nonReentrant
    {
        _checkModerator();
        Dispute storage dispute = _disputeIn(disputeId, Status.Open);
        if (reasonCid.length == 0) revert WorkDisputesReasonRequired();
        uint256 workId = dispute.workId;
        address owner = IERC721(address(registry)).ownerOf(workId);
        dispute.status = Status.Ruled;
        dispute.ruling = ruling;
        dispute.ruledAt = uint64(block.timestamp);
        dispute.moderator = msg.sender;
        dispute.owner = owner;
        delete _openDisputes[workId][dispute.claimant];
        emit DisputeRuled(disputeId, workId, msg.sender, ruling, revokeLicences, reasonCid);

        if (ruling == Ruling.Frozen) _freeze(workId);
        if (ruling == Ruling.Reassigned) _reassignToClaimant(dispute);
        _revoke(workId, ruling, revokeLicences);
    }

    /// @inheritdoc IWorkDisputes
    function ruleAppeal(uint256 disputeId, Ruling ruling, bytes calldata reasonCid, uint256[] calldata revokeLicences)
        external
        nonReentrant
    {
        _checkModerator();
        Dispute storage dispute = _disputeIn(disputeId, Status.Appealed);
        if (reasonCid.length == 0) revert WorkDisputesReasonRequired();
        if (msg.sender == dispute.moderator) revert WorkDisputesSameModerator(msg.sender);
        uint256 workId = dispute.workId;
        Ruling first = dispute.ruling;
        dispute.status = Status.Closed;
        dispute.appealRuling = ruling;
        _settleBond(disputeId, dispute, ruling);
        emit AppealRuled(disputeId, workId, msg.sender, ruling, revokeLicences, reasonCid);

        if (ruling == Ruling.Frozen && first != Ruling.Frozen) _freeze(workId);
        if (first == Ruling.Frozen && ruling != Ruling.Frozen) _unfreeze(workId);
        if (ruling == Ruling.Reassigned && first != Ruling.Reassigned) _reassignToClaimant(dispute);
        _revoke(workId, ruling, revokeLicences);
    }

    // ---- admin ----

    /// @inheritdoc IWorkDisputes
    function setBond(uint256 bond_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _bond = bond_;
        emit BondChanged(bond_);
    }

    /// @inheritdoc IWorkDisputes
    function setAppealWindow(uint64 appealWindow_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _appealWindow = appealWindow_;
        emit AppealWindowChanged(appealWindow_);
    }

    // ---- views ----

    /// @inheritdoc IWorkDisputes
    function getDispute(uint256 disputeId) external view returns (Dispute memory) {
        return _disputes[disputeId];
    }

    /// @inheritdoc IWorkDisputes
    function openDisputeOf(uint256 workId, address claimant) external view returns (uint256) {
        return _openDisputes[workId][claimant];
    }

    /// @inheritdoc IWorkDisputes
    function isModerator(address account) public view returns (bool) {
        return IAccessControl(address(registry)).hasRole(MODERATOR_ROLE, account);
    }

    /// @inheritdoc IWorkDisputes
    function owed(address account) external view returns (uint256) {
        return _owed[account];
    }

    /// @inheritdoc IWorkDisputes
    function totalOwed() external view returns (uint256) {
        return _totalOwed;
    }

    /// @inheritdoc IWorkDisputes
    function totalHeld() external view returns (uint256) {
        return _totalHeld;
    }

    /// @inheritdoc IWorkDisputes
    function bond() external view returns (uint256) {
        return _bond;
    }

    /// @inheritdoc IWorkDisputes
    function appealWindow() external view returns (uint64) {
        return _appealWindow;
    }

    /// @inheritdoc IWorkDisputes
    function totalDisputes() external view returns (uint256) {
        return _disputeCount;
    }

    // ---- internals ----

    function _checkModerator() private view {
        if (!isModerator(msg.sender)) revert WorkDisputesNotModerator(msg.sender);
    }

    function _disputeIn(uint256 disputeId, Status status) private view returns (Dispute storage dispute) {
        dispute = _disputes[disputeId];
        Status actual = dispute.status;
        if (actual == Status.None) revert WorkDisputesNotFound(disputeId);
        if (actual != status) revert WorkDisputesWrongStatus(disputeId, actual);
    }

    /// @dev The last second at which the ruling may be appealed, by the window as it is now.
    function _appealClosesAt(Dispute storage dispute) private view returns (uint256) {
        return uint256(dispute.ruledAt) + _appealWindow;
    }

    /// @dev Moves the held bond to the claimant's balance when `ruling` upholds the claim, else to the platform's (the
    /// licensing contract's fee recipient): see {IWorkDisputes} on why not to the owner.
    function _settleBond(uint256 disputeId, Dispute storage dispute, Ruling ruling) private {
        uint256 amount = dispute.bond;
        if (amount == 0) return;
        address account = ruling == Ruling.Dismissed ? licensing.feeRecipient() : dispute.claimant;
        _totalHeld -= amount;
        _totalOwed += amount;
        _owed[account] += amount;
        emit BondCredited(disputeId, account, amount);
    }

    function _freeze(uint256 workId) private {
        if (_freezes[workId]++ == 0) licensing.setSalesFrozen(workId, true);
    }

    /// @dev Only called when overturning a freeze this contract counted, so never below zero.
    function _unfreeze(uint256 workId) private {
        if (--_freezes[workId] == 0) licensing.setSalesFrozen(workId, false);
    }

    function _reassignToClaimant(Dispute storage dispute) private {
        address[] memory recipients = new address[](1);
        uint16[] memory shares = new uint16[](1);
        (recipients[0], shares[0]) = (dispute.claimant, _TOTAL_SHARES);
        registry.reassign(dispute.workId, dispute.contentHash, dispute.claimant, recipients, shares);
    }

    function _revoke(uint256 workId, Ruling ruling, uint256[] calldata licenceIds) private {
        uint256 count = licenceIds.length;
        if (count == 0) return;
        if (ruling != Ruling.Frozen && ruling != Ruling.Reassigned) revert WorkDisputesRevocationNotAllowed(ruling);
        for (uint256 i; i < count; ++i) {
            uint256 licenceId = licenceIds[i];
            if (licensing.getLicence(licenceId).workId != workId) {
                revert WorkDisputesLicenceNotOfWork(licenceId, workId);
            }
            licensing.revokeLicence(licenceId);
        }
    }
}
