// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";

/// @notice Whether a licence counts now: expiry, revocation, transfers, and the per-holder index hasValidLicence reads.
contract WorkLicensingValidityTest is WorkLicensingTestBase {
    address internal constant REVOKER = address(0x4E);
    uint256 internal constant START = 1_000_000;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        bytes32 revokerRole = licensing.REVOKER_ROLE();
        vm.prank(ADMIN);
        licensing.grantRole(revokerRole, REVOKER);
    }

    // ---- isLicenceValid ----

    function test_isLicenceValid_falseForAnUnknownLicence() public {
        _buy(BUYER, _createOffer(_terms()));

        assertTrue(!licensing.isLicenceValid(0), "id 0");
        assertTrue(!licensing.isLicenceValid(2), "id 2");
    }

    function test_isLicenceValid_trueUntilTheLastSecondThenFalse() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        uint256 validUntil = START + DURATION_DAYS * 1 days;

        vm.warp(validUntil - 1);
        assertTrue(licensing.isLicenceValid(licenceId), "last second");
        vm.warp(validUntil);
        assertTrue(!licensing.isLicenceValid(licenceId), "at validUntil");
    }

    // ---- revokeLicence ----

    function test_revokeLicence_invalidatesTheLicenceAndEmits() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.LicenceRevoked(licenceId, workId, REVOKER);
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);

        assertTrue(licensing.getLicence(licenceId).revoked, "revoked");
        assertTrue(!licensing.isLicenceValid(licenceId), "valid");
        assertTrue(!licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "hasValidLicence");
        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), 0, "indexed");
        assertEq(licensing.ownerOf(licenceId), BUYER, "the token stays with its holder");
    }

    function test_revokeLicence_revertsWhenCallerLacksTheRole() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        bytes32 revokerRole = licensing.REVOKER_ROLE();

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ADMIN, revokerRole)
        );
        vm.prank(ADMIN);
        licensing.revokeLicence(licenceId);
    }

    function test_revokeLicence_revertsWhenLicenceDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingLicenceNotFound.selector, 1));
        vm.prank(REVOKER);
        licensing.revokeLicence(1);
    }

    function test_revokeLicence_revertsWhenRevokedAlready() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingLicenceAlreadyRevoked.selector, licenceId));
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);
    }

    // ---- hasValidLicence ----

    function test_hasValidLicence_trueForTheBuyerTheWorkAndTheUsageBought() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        assertTrue(licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "hasValidLicence");
        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), licenceId, "indexed");
    }

    function test_hasValidLicence_falseForAnotherUsageWorkOrHolder() public {
        _buy(BUYER, _createOffer(_terms()));

        assertTrue(!licensing.hasValidLicence(BUYER, workId, PERSONAL), "other usage");
        assertTrue(!licensing.hasValidLicence(BUYER, workId + 1, COMMERCIAL), "other work");
        assertTrue(!licensing.hasValidLicence(OTHER_BUYER, workId, COMMERCIAL), "other holder");
        assertTrue(!licensing.hasValidLicence(BUYER, workId, 5), "usage out of range");
        assertEq(licensing.indexedLicenceOf(BUYER, workId, 255), 0, "indexed for a usage out of range");
    }

    function test_hasValidLicence_falseOnceExpired() public {
        _buy(BUYER, _createOffer(_terms()));

        vm.warp(START + DURATION_DAYS * 1 days);

        assertTrue(!licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "hasValidLicence");
    }

    function test_hasValidLicence_answersFromTheLatestExpiringLicence() public {
        uint256 month = _buy(BUYER, _createOffer(_terms()));
        Terms memory terms = _terms();
        terms.durationDays = 10;
        _buy(BUYER, _createOffer(terms));
        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), month, "a shorter one keeps the month");

        terms.durationDays = 0;
        uint256 perpetual = _buy(BUYER, _createOffer(terms));
        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), perpetual, "perpetual outlasts");

        vm.warp(START + 365 days);
        assertTrue(licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "a year later");
    }

    function test_hasValidLicence_indexesARenewalAfterExpiry() public {
        uint256 offerId = _createOffer(_terms());
        _buy(BUYER, offerId);
        vm.warp(START + 31 days);

        uint256 renewal = _buy(BUYER, offerId);

        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), renewal, "indexed");
        assertTrue(licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "hasValidLicence");
    }

    function test_hasValidLicence_followsATransfer() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertTrue(!licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "sender");
        assertTrue(licensing.hasValidLicence(OTHER_BUYER, workId, COMMERCIAL), "receiver");
        assertEq(licensing.indexedLicenceOf(OTHER_BUYER, workId, COMMERCIAL), licenceId, "receiver's index");
    }

    function test_hasValidLicence_receiverKeepsTheLicenceThatLastsLonger() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 perpetual = _buy(OTHER_BUYER, _createOffer(terms));
        uint256 month = _buy(BUYER, _createOffer(_terms()));

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, month);

        assertEq(licensing.indexedLicenceOf(OTHER_BUYER, workId, COMMERCIAL), perpetual, "indexed");
    }

    /// @dev The documented limit: the index holds one licence per holder, work and usage.
    function test_hasValidLicence_falseAfterPartingWithTheIndexedLicenceUntilReindexed() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 perpetual = _buy(BUYER, _createOffer(terms));
        uint256 month = _buy(BUYER, _createOffer(_terms()));
        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, perpetual);
        assertTrue(!licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "before reindexing");

        vm.prank(STRANGER);
        licensing.reindexLicence(month);

        assertTrue(licensing.hasValidLicence(BUYER, workId, COMMERCIAL), "after reindexing");
        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), month, "indexed");
    }

    function test_hasValidLicence_aRevokedLicenceTransferredInIsNotIndexed() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertEq(licensing.ownerOf(licenceId), OTHER_BUYER, "owner");
        assertTrue(!licensing.hasValidLicence(OTHER_BUYER, workId, COMMERCIAL), "hasValidLicence");
    }

    // ---- reindexLicence ----

    function test_reindexLicence_keepsALongerIndexedLicence() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 perpetual = _buy(BUYER, _createOffer(terms));
        uint256 month = _buy(BUYER, _createOffer(_terms()));

        licensing.reindexLicence(month);

        assertEq(licensing.indexedLicenceOf(BUYER, workId, COMMERCIAL), perpetual, "indexed");
    }

    function test_reindexLicence_revertsWhenLicenceDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingLicenceNotValid.selector, 3));
        licensing.reindexLicence(3);
    }

    function test_reindexLicence_revertsWhenLicenceExpired() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.warp(START + DURATION_DAYS * 1 days);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingLicenceNotValid.selector, licenceId));
        licensing.reindexLicence(licenceId);
    }

    function test_reindexLicence_revertsWhenLicenceRevoked() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingLicenceNotValid.selector, licenceId));
        licensing.reindexLicence(licenceId);
    }

    // ---- transfers ----

    function test_safeTransferFrom_movesATransferableLicence() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.prank(BUYER);
        licensing.safeTransferFrom(BUYER, OTHER_BUYER, licenceId);

        assertEq(licensing.ownerOf(licenceId), OTHER_BUYER, "owner");
        assertTrue(licensing.isLicenceValid(licenceId), "still valid");
    }

    function test_transferFrom_revertsForANonTransferableLicence() public {
        Terms memory terms = _terms();
        terms.transferable = false;
        uint256 licenceId = _buy(BUYER, _createOffer(terms));

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotTransferable.selector, licenceId));
        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertEq(licensing.ownerOf(licenceId), BUYER, "owner");
    }

    function test_safeTransferFrom_revertsForANonTransferableLicenceEvenByAnApprovedOperator() public {
        Terms memory terms = _terms();
        terms.transferable = false;
        uint256 licenceId = _buy(BUYER, _createOffer(terms));
        vm.prank(BUYER);
        licensing.setApprovalForAll(STRANGER, true);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotTransferable.selector, licenceId));
        vm.prank(STRANGER);
        licensing.safeTransferFrom(BUYER, STRANGER, licenceId);
    }
}
