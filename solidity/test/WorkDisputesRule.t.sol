// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IWorkDisputes} from "../src/interfaces/IWorkDisputes.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {vm} from "./utils/Vm.sol";
import {WorkDisputesTestBase} from "./utils/WorkDisputesTestBase.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ReenteringClaimant} from "./utils/ReenteringClaimant.sol";
import {RefusingRecipient} from "./utils/RefusingRecipient.sol";
import {Works} from "./utils/Works.sol";

/// @notice Rulings and their effects on licensing and the registry, settling bonds, and withdrawing them.
contract WorkDisputesRuleTest is WorkDisputesTestBase {
    function test_rule_recordsTheRulingClosesTheOpenSlotAndEmits() public {
        uint256 disputeId = _open();

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeRuled(disputeId, workId, MODERATOR, IWorkDisputes.Ruling.Flagged, _none(), _reason());
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);

        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IWorkDisputes.Status.Ruled), "status");
        assertEq(uint256(dispute.ruling), uint256(IWorkDisputes.Ruling.Flagged), "ruling");
        assertEq(dispute.moderator, MODERATOR, "moderator");
        assertEq(dispute.owner, CREATOR, "owner");
        assertEq(dispute.ruledAt, START, "ruled at");
        assertEq(disputes.openDisputeOf(workId, CLAIMANT), 0, "open dispute");
        assertEq(disputes.totalHeld(), BOND, "bond still held");
    }

    function test_rule_flaggedLeavesSalesOpen() public {
        uint256 offerId = _createOffer(_terms());
        _rule(_open(), IWorkDisputes.Ruling.Flagged);

        assertTrue(!licensing.isSalesFrozen(workId), "frozen");
        _buy(BUYER, offerId);
    }

    function test_rule_revertsWhenTheCallerIsNotAModerator() public {
        uint256 disputeId = _open();

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotModerator.selector, CREATOR));
        vm.prank(CREATOR);
        disputes.rule(disputeId, IWorkDisputes.Ruling.Dismissed, _reason(), _none());
    }

    function test_rule_revertsWhenTheModeratorRoleWasRevoked() public {
        uint256 disputeId = _open();
        registry.revokeRole(registry.MODERATOR_ROLE(), MODERATOR);

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotModerator.selector, MODERATOR));
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);
    }

    function test_rule_revertsWithoutAReason() public {
        uint256 disputeId = _open();

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesReasonRequired.selector));
        vm.prank(MODERATOR);
        disputes.rule(disputeId, IWorkDisputes.Ruling.Frozen, "", _none());
    }

    function test_rule_revertsWhenAlreadyRuled() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Ruled
            )
        );
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
    }

    function test_rule_frozenStopsTheWorksOffersFromSelling() public {
        uint256 offerId = _createOffer(_terms());
        uint256 licenceId = _buy(BUYER, offerId);

        _rule(_open(), IWorkDisputes.Ruling.Frozen);

        assertTrue(licensing.isSalesFrozen(workId), "frozen");
        assertTrue(licensing.isLicenceValid(licenceId), "licence sold stays valid");
        vm.deal(OTHER_BUYER, PRICE);
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkFrozen.selector, workId));
        vm.prank(OTHER_BUYER);
        licensing.purchase{value: PRICE}(offerId, recipients, shares);
    }

    function test_rule_frozenRevokesTheLicencesItNames() public {
        uint256 offerId = _createOffer(_terms());
        uint256 revoked = _buy(BUYER, offerId);
        uint256 kept = _buy(OTHER_BUYER, offerId);
        uint256 disputeId = _open();
        uint256[] memory revoke = new uint256[](1);
        revoke[0] = revoked;

        vm.prank(MODERATOR);
        disputes.rule(disputeId, IWorkDisputes.Ruling.Frozen, _reason(), revoke);

        assertTrue(!licensing.isLicenceValid(revoked), "revoked licence invalid");
        assertTrue(!licensing.isLicenceValidFor(revoked, BUYER, workId, COMMERCIAL), "revoked licence invalid for");
        assertTrue(licensing.isLicenceValid(kept), "other licence valid");
    }

    function test_rule_revertsWhenADismissalRevokesLicences() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        uint256 disputeId = _open();
        uint256[] memory revoke = new uint256[](1);
        revoke[0] = licenceId;

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesRevocationNotAllowed.selector, IWorkDisputes.Ruling.Flagged
            )
        );
        vm.prank(MODERATOR);
        disputes.rule(disputeId, IWorkDisputes.Ruling.Flagged, _reason(), revoke);
    }

    function test_rule_revertsWhenARevokedLicenceIsAnotherWorks() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(STRANGER);
        bytes32 otherHash = Works.contentHash("other");
        uint256 otherWork = _register(STRANGER, otherHash, split, splitShares);
        uint256 otherOffer = _createOfferAs(STRANGER, otherWork, otherHash, _terms());
        vm.deal(BUYER, PRICE);
        vm.prank(BUYER);
        uint256 otherLicence = licensing.purchase{value: PRICE}(otherOffer, split, splitShares);
        uint256 disputeId = _open();
        uint256[] memory revoke = new uint256[](1);
        revoke[0] = otherLicence;

        vm.expectRevert(
            abi.encodeWithSelector(IWorkDisputes.WorkDisputesLicenceNotOfWork.selector, otherLicence, workId)
        );
        vm.prank(MODERATOR);
        disputes.rule(disputeId, IWorkDisputes.Ruling.Frozen, _reason(), revoke);
    }

    function test_rule_reassignedMovesTheWorkAndItsSplitToTheClaimant() public {
        uint256 offerId = _createOffer(_terms());
        (address[] memory claimantSplit, uint16[] memory claimantShares) = Works.soleSplit(CLAIMANT);

        _rule(_open(), IWorkDisputes.Ruling.Reassigned);

        assertEq(registry.ownerOf(workId), CLAIMANT, "owner");
        assertTrue(registry.isSplitOf(workId, contentHash, claimantSplit, claimantShares), "claimant's split");
        assertTrue(!registry.isSplitOf(workId, contentHash, recipients, shares), "former split");
        vm.deal(BUYER, PRICE);
        vm.expectRevert(
            abi.encodeWithSelector(IWorkLicensing.WorkLicensingStaleOffer.selector, offerId, CREATOR, CLAIMANT)
        );
        vm.prank(BUYER);
        licensing.purchase{value: PRICE}(offerId, claimantSplit, claimantShares);
    }

    function test_settle_afterTheWindowCreditsTheBondToTheClaimantWhenUpheld() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        vm.warp(START + APPEAL_WINDOW + 1);

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeSettled(disputeId, workId, IWorkDisputes.Ruling.Flagged);
        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.BondCredited(disputeId, CLAIMANT, BOND);
        disputes.settle(disputeId);

        assertEq(_status(disputeId), uint256(IWorkDisputes.Status.Closed), "status");
        assertEq(disputes.owed(CLAIMANT), BOND, "claimant owed");
        assertEq(disputes.totalHeld(), 0, "held");
        assertEq(disputes.totalOwed(), BOND, "owed");
    }

    function test_settle_withoutABondStillClosesTheDisputeAndEmits() public {
        vm.prank(ADMIN);
        disputes.setBond(0);
        uint256 disputeId = _openAs(CLAIMANT, IWorkDisputes.ClaimType.Authorship, 0, 0);
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);
        vm.warp(START + APPEAL_WINDOW + 1);

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeSettled(disputeId, workId, IWorkDisputes.Ruling.Dismissed);
        disputes.settle(disputeId);

        assertEq(_status(disputeId), uint256(IWorkDisputes.Status.Closed), "status");
        assertEq(disputes.totalOwed(), 0, "owed");
    }

    function test_settle_afterTheWindowCreditsTheBondToThePlatformWhenDismissed() public {
        vm.prank(ADMIN);
        licensing.setPlatformFee(0, FEE_RECIPIENT);
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);
        vm.warp(START + APPEAL_WINDOW + 1);

        disputes.settle(disputeId);

        assertEq(disputes.owed(FEE_RECIPIENT), BOND, "platform owed");
        assertEq(disputes.owed(CLAIMANT), 0, "claimant owed");
        assertEq(disputes.owed(CREATOR), 0, "owner owed");
    }

    function test_settle_revertsWhileTheAppealWindowIsOpen() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        vm.warp(START + APPEAL_WINDOW);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesAppealWindowOpen.selector, disputeId, START + APPEAL_WINDOW
            )
        );
        disputes.settle(disputeId);
    }

    function test_settle_revertsBeforeTheRuling() public {
        uint256 disputeId = _open();

        vm.expectRevert(
            abi.encodeWithSelector(IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Open)
        );
        disputes.settle(disputeId);
    }

    function test_withdraw_paysTheSettledBondOnce() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        vm.warp(START + APPEAL_WINDOW + 1);
        disputes.settle(disputeId);

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.Withdrawn(CLAIMANT, BOND);
        vm.prank(CLAIMANT);
        uint256 amount = disputes.withdraw();

        assertEq(amount, BOND, "amount");
        assertEq(CLAIMANT.balance, BOND, "claimant balance");
        assertEq(address(disputes).balance, 0, "contract balance");
        assertEq(disputes.totalOwed(), 0, "owed");
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNothingOwed.selector, CLAIMANT));
        vm.prank(CLAIMANT);
        disputes.withdraw();
    }

    function test_withdraw_revertsAndKeepsTheBalanceWhenTheRecipientRefuses() public {
        RefusingRecipient refusing = new RefusingRecipient();
        uint256 disputeId = _openAs(address(refusing), IWorkDisputes.ClaimType.Unlawful, 0, BOND);
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        vm.warp(START + APPEAL_WINDOW + 1);
        disputes.settle(disputeId);

        vm.expectRevert(
            abi.encodeWithSelector(IWorkDisputes.WorkDisputesPaymentFailed.selector, address(refusing), BOND)
        );
        vm.prank(address(refusing));
        disputes.withdraw();

        assertEq(disputes.owed(address(refusing)), BOND, "still owed");
    }

    function test_withdraw_refusesReentryAndPaysOnce() public {
        ReenteringClaimant claimant = new ReenteringClaimant(disputes);
        uint256 disputeId = _openAs(address(claimant), IWorkDisputes.ClaimType.Unlawful, 0, BOND);
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        vm.warp(START + APPEAL_WINDOW + 1);
        disputes.settle(disputeId);

        vm.prank(address(claimant));
        disputes.withdraw();

        assertEq(address(claimant).balance, BOND, "paid once");
        assertEq(claimant.payments(), 1, "payments");
        assertEq(
            claimant.reentryError(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "reentry refused"
        );
        assertEq(address(disputes).balance, 0, "contract balance");
    }
}
