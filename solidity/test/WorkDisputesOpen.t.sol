// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {WorkDisputes} from "../src/WorkDisputes.sol";
import {IWorkDisputes} from "../src/interfaces/IWorkDisputes.sol";
import {IWorkRegistry} from "../src/interfaces/IWorkRegistry.sol";
import {vm} from "./utils/Vm.sol";
import {WorkDisputesTestBase} from "./utils/WorkDisputesTestBase.sol";
import {Works} from "./utils/Works.sol";

/// @notice Opening a dispute, responding to it, and the admin's settings.
contract WorkDisputesOpenTest is WorkDisputesTestBase {
    function test_constructor_revertsWhenTheRegistryHasNoCode() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesInvalidContract.selector, STRANGER));
        new WorkDisputes(IWorkRegistry(STRANGER), licensing, ADMIN);
    }

    function test_constructor_revertsWhenTheAdminIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesZeroAdmin.selector));
        new WorkDisputes(registry, licensing, address(0));
    }

    function test_openDispute_recordsTheDisputeHoldsTheBondAndEmits() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeOpened(1, workId, CLAIMANT, IWorkDisputes.ClaimType.Authorship, 0, BOND, _evidence());
        vm.prank(CLAIMANT);
        uint256 disputeId =
            disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Authorship, 0, _evidence());

        assertEq(disputeId, 1, "id");
        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        assertEq(dispute.claimant, CLAIMANT, "claimant");
        assertEq(dispute.workId, workId, "work");
        assertEq(uint256(dispute.status), uint256(IWorkDisputes.Status.Open), "status");
        assertEq(dispute.bond, BOND, "bond");
        assertEq(dispute.contentHash, contentHash, "content hash");
        assertEq(disputes.openDisputeOf(workId, CLAIMANT), disputeId, "open dispute");
        assertEq(disputes.totalHeld(), BOND, "held");
        assertEq(address(disputes).balance, BOND, "balance");
        assertEq(disputes.totalDisputes(), 1, "count");
    }

    function test_openDispute_acceptsNoValueWhenTheBondIsZero() public {
        vm.prank(ADMIN);
        disputes.setBond(0);

        uint256 disputeId = _openAs(CLAIMANT, IWorkDisputes.ClaimType.Unlawful, 0, 0);

        assertEq(disputes.getDispute(disputeId).bond, 0, "bond");
    }

    function test_openDispute_recordsTheCopiedWorkOfACopiesClaim() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);
        uint256 original = _register(CLAIMANT, Works.contentHash("original"), split, splitShares);

        uint256 disputeId = _openAs(CLAIMANT, IWorkDisputes.ClaimType.Copies, original, BOND);

        assertEq(disputes.getDispute(disputeId).copiedWorkId, original, "copied work");
    }

    function test_openDispute_revertsWhenTheWorkDoesNotExist() public {
        bytes32 unregistered = Works.contentHash("none");
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesWorkNotFound.selector, 2, unregistered));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(2, unregistered, IWorkDisputes.ClaimType.Authorship, 0, _evidence());
    }

    function test_openDispute_revertsWhenTheContentHashIsAnotherWorks() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesWorkNotFound.selector, 0, contentHash));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(0, contentHash, IWorkDisputes.ClaimType.Authorship, 0, _evidence());
    }

    function test_openDispute_revertsWhenTheCopiedWorkDoesNotExist() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesInvalidCopiedWork.selector, 7));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Copies, 7, _evidence());
    }

    function test_openDispute_revertsWhenACopiesClaimNamesTheWorkItself() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesInvalidCopiedWork.selector, workId));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Copies, workId, _evidence());
    }

    function test_openDispute_revertsWhenAnotherClaimNamesACopiedWork() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesInvalidCopiedWork.selector, workId));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Unlawful, workId, _evidence());
    }

    function test_openDispute_revertsWhenTheEvidenceIsEmpty() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesEmptyEvidence.selector));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Authorship, 0, "");
    }

    function test_openDispute_revertsWhenTheBondIsTooLow() public {
        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesWrongBond.selector, BOND, BOND - 1));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND - 1}(workId, contentHash, IWorkDisputes.ClaimType.Authorship, 0, _evidence());
    }

    function test_openDispute_revertsWhenTheBondIsTooHigh() public {
        vm.deal(CLAIMANT, 2 * BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesWrongBond.selector, BOND, 2 * BOND));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: 2 * BOND}(workId, contentHash, IWorkDisputes.ClaimType.Authorship, 0, _evidence());
    }

    function test_openDispute_revertsWhenTheClaimantHasOneOpenOnTheWork() public {
        uint256 first = _open();

        vm.deal(CLAIMANT, BOND);
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesAlreadyOpen.selector, workId, CLAIMANT, first));
        vm.prank(CLAIMANT);
        disputes.openDispute{value: BOND}(workId, contentHash, IWorkDisputes.ClaimType.Unlawful, 0, _evidence());
    }

    function test_openDispute_allowsAnotherClaimantOnTheSameWork() public {
        _open();

        uint256 second = _openAs(STRANGER, IWorkDisputes.ClaimType.Unlawful, 0, BOND);

        assertEq(second, 2, "second dispute");
        assertEq(disputes.totalHeld(), 2 * BOND, "held");
    }

    function test_openDispute_allowsTheClaimantANewDisputeOnceTheFirstIsRuled() public {
        uint256 first = _open();
        _rule(first, IWorkDisputes.Ruling.Dismissed);

        uint256 second = _open();

        assertEq(disputes.openDisputeOf(workId, CLAIMANT), second, "open dispute");
    }

    function test_respond_byTheOwnerEmitsTheCounterStatement() public {
        uint256 disputeId = _open();
        bytes memory counter = Works.cid(Works.DAG_JSON_CODEC, keccak256("counter"));

        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.DisputeResponded(disputeId, CREATOR, counter);
        vm.prank(CREATOR);
        disputes.respond(disputeId, counter);
    }

    function test_respond_revertsWhenTheCallerIsNotTheOwner() public {
        uint256 disputeId = _open();

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotWorkOwner.selector, disputeId, CO_AUTHOR));
        vm.prank(CO_AUTHOR);
        disputes.respond(disputeId, _evidence());
    }

    function test_respond_revertsWhenTheCounterStatementIsEmpty() public {
        uint256 disputeId = _open();

        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesEmptyEvidence.selector));
        vm.prank(CREATOR);
        disputes.respond(disputeId, "");
    }

    function test_respond_revertsOnceTheDisputeIsRuled() public {
        uint256 disputeId = _open();
        _rule(disputeId, IWorkDisputes.Ruling.Flagged);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkDisputes.WorkDisputesWrongStatus.selector, disputeId, IWorkDisputes.Status.Ruled
            )
        );
        vm.prank(CREATOR);
        disputes.respond(disputeId, _evidence());
    }

    function test_respond_revertsWhenTheDisputeDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkDisputes.WorkDisputesNotFound.selector, 9));
        vm.prank(CREATOR);
        disputes.respond(9, _evidence());
    }

    function test_setBond_byTheAdminChangesTheBondAndEmits() public {
        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.BondChanged(1 ether);
        vm.prank(ADMIN);
        disputes.setBond(1 ether);

        assertEq(disputes.bond(), 1 ether, "bond");
    }

    function test_setBond_revertsWhenTheCallerIsNotTheAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, MODERATOR, disputes.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(MODERATOR);
        disputes.setBond(0);
    }

    function test_setAppealWindow_byTheAdminChangesTheWindowAndEmits() public {
        vm.expectEmit(true, true, true, true, address(disputes));
        emit IWorkDisputes.AppealWindowChanged(7 days);
        vm.prank(ADMIN);
        disputes.setAppealWindow(7 days);

        assertEq(disputes.appealWindow(), 7 days, "window");
    }

    function test_setAppealWindow_revertsWhenTheCallerIsNotTheAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, disputes.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(STRANGER);
        disputes.setAppealWindow(0);
    }

    function test_isModerator_followsTheRegistrysModeratorRole() public {
        assertTrue(disputes.isModerator(MODERATOR), "granted");
        registry.revokeRole(registry.MODERATOR_ROLE(), MODERATOR);
        assertTrue(!disputes.isModerator(MODERATOR), "revoked");
    }
}
