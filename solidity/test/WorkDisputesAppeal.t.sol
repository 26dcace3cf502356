// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IWorkDisputes} from "../src/interfaces/IWorkDisputes.sol";
import {vm} from "./utils/Vm.sol";
import {WorkDisputesTestBase} from "./utils/WorkDisputesTestBase.sol";
import {Works} from "./utils/Works.sol";

/// @notice One appeal per dispute, by a party within the window, ruled finally by another moderator.
contract WorkDisputesAppealTest is WorkDisputesTestBase {
    function test_appeal_byTheClaimantWithinTheWindowEmits() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);
        vm.warp(START + APPEAL_WINDOW);

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeAppealed(disputeId, CLAIMANT, _evidence());
        _appealAs(CLAIMANT, disputeId);

        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IWorkDisputes.Status.Appealed), "status");
        assertTrue(dispute.appealed, "appealed");
    }

    function test_appeal_byTheFormerOwnerOfAReassignedWork() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Reassigned);

        _appealAs(CREATOR, disputeId);

        assertEq(_status(disputeId), uint256(IWorkDisputes.Status.Appealed), "status");
    }

    function test_appeal_revertsAfterTheWindow() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        vm.warp(START + APPEAL_WINDOW + 1);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesAppealWindowClosed.selector, disputeId, START + APPEAL_WINDOW
            )
        );
        _appealAs(CREATOR, disputeId);
    }

    function test_appeal_revertsWhenTheCallerIsNotAParty() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotParty.selector, disputeId, STRANGER));
        _appealAs(STRANGER, disputeId);
    }

    function test_appeal_revertsTheSecondTime() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Appealed
            )
        );
        _appealAs(CLAIMANT, disputeId);
    }

    function test_appeal_revertsOnceTheAppealIsRuled() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);
        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Frozen);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Closed
            )
        );
        _appealAs(CLAIMANT, disputeId);
    }

    function test_appeal_revertsBeforeTheRuling() public {
        uint256 disputeId = _open();

        vm.expectRevert(
            abi.encodeWithSelector(IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Open)
        );
        _appealAs(CREATOR, disputeId);
    }

    function test_ruleAppeal_revertsWhenTheFirstModeratorRules() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesSameModerator.selector, MODERATOR));
        vm.prank(MODERATOR);
        disputes.ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed, _reason(), _none());
    }

    function test_ruleAppeal_revertsWhenTheCallerIsNotAModerator() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotModerator.selector, CLAIMANT));
        vm.prank(CLAIMANT);
        disputes.ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed, _reason(), _none());
    }

    function test_ruleAppeal_revertsWithoutAReason() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesReasonRequired.selector));
        vm.prank(OTHER_MODERATOR);
        disputes.ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed, "", _none());
    }

    function test_ruleAppeal_revertsWhenNotAppealed() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Ruled
            )
        );
        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed);
    }

    function test_ruleAppeal_overturningAFreezeUnfreezesAndSendsTheBondToThePlatform() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, disputeId);

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.BondCredited(disputeId, ADMIN, BOND);
        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.AppealRuled(
            disputeId, workId, OTHER_MODERATOR, IWorkDisputes.Ruling.Dismissed, _none(), _reason()
        );
        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed);

        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IWorkDisputes.Status.Closed), "status");
        assertEq(uint256(dispute.ruling), uint256(IWorkDisputes.Ruling.Frozen), "first ruling kept");
        assertEq(uint256(dispute.appealRuling), uint256(IWorkDisputes.Ruling.Dismissed), "appeal ruling");
        assertTrue(!licensing.isSalesFrozen(workId), "unfrozen");
        assertEq(disputes.owed(ADMIN), BOND, "platform owed");
        assertEq(disputes.totalHeld(), 0, "held");
        _buy(BUYER, _createOffer(_terms()));
    }

    function test_ruleAppeal_upholdingADismissalFreezesAndReturnsTheBond() public {
        uint256 offerId = _createOffer(_terms());
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Dismissed);
        _appealAs(CLAIMANT, disputeId);

        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Frozen);

        assertTrue(licensing.isSalesFrozen(workId), "frozen");
        assertEq(disputes.owed(CLAIMANT), BOND, "claimant owed");
        vm.deal(BUYER, PRICE);
        vm.prank(BUYER);
        try licensing.purchase{value: PRICE}(offerId, recipients, shares) {
            assertTrue(false, "a frozen work sold a licence");
        } catch {}
    }

    function test_ruleAppeal_reassignsWhenTheFirstRulingDidNot() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        _appealAs(CLAIMANT, disputeId);

        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Reassigned);

        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);
        assertEq(registry.ownerOf(workId), CLAIMANT, "owner");
        assertTrue(registry.isSplitOf(workId, contentHash, split, splitShares), "split");
    }

    function test_ruleAppeal_overturningAReassignmentLeavesTheWorkWithTheClaimant() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Reassigned);
        _appealAs(CREATOR, disputeId);

        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Dismissed);

        assertEq(registry.ownerOf(workId), CLAIMANT, "owner");
        assertEq(uint256(disputes.getDispute(disputeId).appealRuling), uint256(IWorkDisputes.Ruling.Dismissed), "r");
    }

    function test_ruleAppeal_canRevokeLicencesOfTheWork() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        _appealAs(CLAIMANT, disputeId);
        uint256[] memory revoke = new uint256[](1);
        revoke[0] = licenceId;

        vm.prank(OTHER_MODERATOR);
        disputes.ruleAppeal(disputeId, IWorkDisputes.Ruling.Frozen, _reason(), revoke);

        assertTrue(!licensing.isLicenceValid(licenceId), "revoked");
    }

    function test_settle_revertsOnceTheAppealWasRuled() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);
        _appealAs(CLAIMANT, disputeId);
        _ruleAppeal(disputeId, IWorkDisputes.Ruling.Flagged);
        vm.warp(START + APPEAL_WINDOW + 1);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Closed
            )
        );
        disputes.settle(disputeId);
        assertEq(disputes.owed(CLAIMANT), BOND, "credited once");
    }

    function test_ruleAppeal_overturningOneFreezeKeepsTheWorkFrozenByAnother() public {
        uint256 first = _open();
        uint256 second = _openAs(STRANGER, IWorkDisputes.ClaimType.Unlawful, 0, BOND);
        _rule(first, IWorkDisputes.Ruling.Frozen);
        _rule(second, IWorkDisputes.Ruling.Frozen);
        _appealAs(CREATOR, first);

        _ruleAppeal(first, IWorkDisputes.Ruling.Dismissed);

        assertTrue(licensing.isSalesFrozen(workId), "still frozen by the second dispute");
        _appealAs(CREATOR, second);
        _ruleAppeal(second, IWorkDisputes.Ruling.Flagged);
        assertTrue(!licensing.isSalesFrozen(workId), "unfrozen once no ruling freezes it");
    }
}
