// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC721} from "solady/tokens/ERC721.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";

/// @notice Whether a licence counts now: expiry, revocation, transfers, and for whom, which work and which usage.
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
        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "isLicenceValidFor");
        assertEq(licensing.ownerOf(licenceId), BUYER, "the token stays with its holder");
        assertEq(licensing.getLicence(licenceId).validUntil, START + DURATION_DAYS * 1 days, "validUntil kept");
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

    // ---- isLicenceValidFor ----

    function test_isLicenceValidFor_trueForTheHolderTheWorkAndTheUsageBought() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        assertTrue(licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "isLicenceValidFor");
    }

    function test_isLicenceValidFor_falseForAnotherUsageWorkHolderOrLicence() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId, PERSONAL), "other usage");
        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId + 1, COMMERCIAL), "other work");
        assertTrue(!licensing.isLicenceValidFor(licenceId, OTHER_BUYER, workId, COMMERCIAL), "other holder");
        assertTrue(!licensing.isLicenceValidFor(licenceId, address(0), workId, COMMERCIAL), "zero holder");
        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId, 255), "usage out of range");
        assertTrue(!licensing.isLicenceValidFor(licenceId + 1, BUYER, workId, COMMERCIAL), "unknown licence");
        assertTrue(!licensing.isLicenceValidFor(0, address(0), 0, PERSONAL), "licence 0 of nobody");
    }

    function test_isLicenceValidFor_falseOnceExpired() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.warp(START + DURATION_DAYS * 1 days);

        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "isLicenceValidFor");
    }

    function test_isLicenceValidFor_ofAPerpetualLicenceStaysTrue() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 licenceId = _buy(BUYER, _createOffer(terms));

        vm.warp(START + 100 * 365 days);

        assertTrue(licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "a century later");
    }

    function test_isLicenceValidFor_followsATransfer() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertTrue(!licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "sender");
        assertTrue(licensing.isLicenceValidFor(licenceId, OTHER_BUYER, workId, COMMERCIAL), "receiver");
    }

    function test_isLicenceValidFor_aRevokedLicenceTransferredOnStaysInvalid() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.prank(REVOKER);
        licensing.revokeLicence(licenceId);

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertEq(licensing.ownerOf(licenceId), OTHER_BUYER, "owner");
        assertTrue(licensing.getLicence(licenceId).revoked, "revoked");
        assertTrue(!licensing.isLicenceValidFor(licenceId, OTHER_BUYER, workId, COMMERCIAL), "isLicenceValidFor");
    }

    /// @dev Each licence answers for itself: a holder's second licence to the same work and usage is unaffected by
    /// parting with the first (what the removed on-chain index could not do without reindexing).
    function test_isLicenceValidFor_ofEachOfTwoLicencesToTheSameWorkAndUsage() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 perpetual = _buy(BUYER, _createOffer(terms));
        uint256 month = _buy(BUYER, _createOffer(_terms()));

        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, perpetual);

        assertTrue(licensing.isLicenceValidFor(month, BUYER, workId, COMMERCIAL), "the month");
        assertTrue(licensing.isLicenceValidFor(perpetual, OTHER_BUYER, workId, COMMERCIAL), "the perpetual one");
        assertTrue(!licensing.isLicenceValidFor(perpetual, BUYER, workId, COMMERCIAL), "not the sender's");
    }

    // ---- getLicence ----

    function test_getLicence_ofAnUnknownLicenceIsAllZero() public view {
        IWorkLicensing.Licence memory licence = licensing.getLicence(1);

        assertEq(licence.offerId, 0, "offerId");
        assertEq(licence.workId, 0, "workId");
        assertEq(licence.validUntil, 0, "validUntil");
        assertEq(uint8(licence.usage), 0, "usage");
        assertTrue(!licence.transferable && !licence.revoked, "flags");
    }

    function test_getLicence_reportsTheOffersUsageAndTransferability() public {
        Terms memory terms = _terms();
        terms.usage = uint8(IWorkLicensing.Usage.Derivative);
        terms.transferable = false;
        uint256 offerId = _createOffer(terms);
        uint256 licenceId = _buy(BUYER, offerId);

        IWorkLicensing.Licence memory licence = licensing.getLicence(licenceId);

        assertEq(licence.offerId, offerId, "offerId");
        assertEq(licence.workId, workId, "workId");
        assertEq(uint8(licence.usage), uint8(IWorkLicensing.Usage.Derivative), "usage");
        assertTrue(!licence.transferable, "transferable");
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

    function test_transferFrom_revertsForAnUnknownLicence() public {
        vm.expectRevert(abi.encodeWithSelector(ERC721.TokenDoesNotExist.selector));
        vm.prank(BUYER);
        licensing.transferFrom(BUYER, OTHER_BUYER, 1);
    }

    // ---- metadata ----

    function test_tokenURI_isEmptyForALicenceAndRevertsForAnUnknownOne() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        assertEq(bytes(licensing.tokenURI(licenceId)), "", "tokenURI");
        vm.expectRevert(abi.encodeWithSelector(ERC721.TokenDoesNotExist.selector));
        licensing.tokenURI(licenceId + 1);
    }

    function test_transferFrom_revertsWhenSentTheNativeCoin() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.deal(BUYER, 1);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, 0, 1));
        vm.prank(BUYER);
        licensing.safeTransferFrom{value: 1}(BUYER, OTHER_BUYER, licenceId);
    }

    function test_approve_revertsWhenSentTheNativeCoin() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.deal(BUYER, 1);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, 0, 1));
        vm.prank(BUYER);
        licensing.approve{value: 1}(STRANGER, licenceId);
    }

    function test_approve_letsTheApprovedAccountTransfer() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));
        vm.prank(BUYER);
        licensing.approve(STRANGER, licenceId);

        vm.prank(STRANGER);
        licensing.transferFrom(BUYER, OTHER_BUYER, licenceId);

        assertEq(licensing.ownerOf(licenceId), OTHER_BUYER, "owner");
        assertEq(licensing.getApproved(licenceId), address(0), "approval cleared");
    }
}
