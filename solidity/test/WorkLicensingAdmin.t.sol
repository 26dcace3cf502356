// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {TestToken} from "./utils/TestToken.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";

/// @notice What the admin and the ruling roles may change: fee, currencies, frozen sales; and who may not.
contract WorkLicensingAdminTest is WorkLicensingTestBase {
    address internal constant FREEZER = address(0xF2);

    bytes32 internal adminRole;
    bytes32 internal freezerRole;

    function setUp() public override {
        super.setUp();
        adminRole = licensing.DEFAULT_ADMIN_ROLE();
        freezerRole = licensing.FREEZER_ROLE();
        vm.prank(ADMIN);
        licensing.grantRole(freezerRole, FREEZER);
    }

    // ---- roles ----

    function test_roles_areTheHashesOfTheirNamesAdministeredByTheAdmin() public view {
        assertEq(licensing.REVOKER_ROLE(), keccak256("REVOKER_ROLE"), "REVOKER_ROLE");
        assertEq(licensing.FREEZER_ROLE(), keccak256("FREEZER_ROLE"), "FREEZER_ROLE");
        assertEq(licensing.getRoleAdmin(licensing.REVOKER_ROLE()), adminRole, "revoker's admin");
        assertEq(licensing.getRoleAdmin(freezerRole), adminRole, "freezer's admin");
        assertTrue(!licensing.hasRole(freezerRole, ADMIN), "the admin is not a freezer");
    }

    function test_grantRole_revertsWhenCallerIsNotAdmin() public {
        bytes32 revokerRole = licensing.REVOKER_ROLE();

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, FREEZER, adminRole)
        );
        vm.prank(FREEZER);
        licensing.grantRole(revokerRole, FREEZER);
    }

    function test_supportsInterface_reportsErc165Erc721AndAccessControl() public view {
        assertTrue(licensing.supportsInterface(type(IERC165).interfaceId), "IERC165");
        assertTrue(licensing.supportsInterface(type(IERC721).interfaceId), "IERC721");
        assertTrue(licensing.supportsInterface(type(IERC721Metadata).interfaceId), "IERC721Metadata");
        assertTrue(licensing.supportsInterface(type(IAccessControl).interfaceId), "IAccessControl");
        assertTrue(!licensing.supportsInterface(0xffffffff), "0xffffffff");
    }

    // ---- setPlatformFee ----

    function test_setPlatformFee_setsFeeAndRecipientAndEmits() public {
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.PlatformFeeChanged(1_000, FEE_RECIPIENT);
        vm.prank(ADMIN);
        licensing.setPlatformFee(1_000, FEE_RECIPIENT);

        assertEq(licensing.platformFeeBps(), 1_000, "fee");
        assertEq(licensing.feeRecipient(), FEE_RECIPIENT, "recipient");
    }

    function test_setPlatformFee_revertsAboveTheCap() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingFeeTooHigh.selector, 1_001, 1_000));
        vm.prank(ADMIN);
        licensing.setPlatformFee(1_001, FEE_RECIPIENT);
    }

    function test_setPlatformFee_revertsWhenRecipientIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingZeroFeeRecipient.selector));
        vm.prank(ADMIN);
        licensing.setPlatformFee(100, address(0));
    }

    function test_setPlatformFee_revertsWhenCallerIsNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, adminRole)
        );
        vm.prank(STRANGER);
        licensing.setPlatformFee(100, STRANGER);
    }

    // ---- setCurrencyAllowed ----

    function test_setCurrencyAllowed_allowsAndDisallowsATokenAndEmits() public {
        TestToken other = new TestToken();

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.CurrencyAllowed(address(other), true);
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(other), true);
        assertTrue(licensing.isCurrencyAllowed(address(other)), "allowed");

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.CurrencyAllowed(address(other), false);
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(other), false);
        assertTrue(!licensing.isCurrencyAllowed(address(other)), "disallowed");
    }

    function test_isCurrencyAllowed_alwaysForTheNativeCoin() public view {
        assertTrue(licensing.isCurrencyAllowed(NATIVE), "native");
    }

    function test_setCurrencyAllowed_revertsForTheNativeCoin() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNativeCurrencyAlwaysAllowed.selector));
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(NATIVE, false);
    }

    function test_setCurrencyAllowed_revertsForAnAccountWithoutCode() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingCurrencyNotAContract.selector, STRANGER));
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(STRANGER, true);
    }

    function test_setCurrencyAllowed_revertsWhenCallerIsNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, CREATOR, adminRole)
        );
        vm.prank(CREATOR);
        licensing.setCurrencyAllowed(address(token), false);
    }

    function test_withdraw_stillPaysATokenTakenOffTheAllowList() public {
        _buyWithToken(BUYER, _createOffer(_tokenTerms()));
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(token), false);

        vm.prank(CREATOR);
        licensing.withdraw(address(token));

        assertEq(token.balanceOf(CREATOR), 300e18, "creator's tokens");
    }

    // ---- setSalesFrozen ----

    function test_setSalesFrozen_freezesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.SalesFrozen(workId, true, FREEZER);
        vm.prank(FREEZER);
        licensing.setSalesFrozen(workId, true);

        assertTrue(licensing.isSalesFrozen(workId), "frozen");
    }

    function test_setSalesFrozen_unfreezingLetsTheWorkSellAgain() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(FREEZER);
        licensing.setSalesFrozen(workId, true);

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.SalesFrozen(workId, false, FREEZER);
        vm.prank(FREEZER);
        licensing.setSalesFrozen(workId, false);

        assertTrue(!licensing.isSalesFrozen(workId), "frozen");
        _buy(BUYER, offerId);
    }

    /// @dev Freezing twice and unfreezing once leaves the work unfrozen; unfreezing a work that is not frozen changes
    /// nothing; another work frozen meanwhile stays frozen.
    function test_setSalesFrozen_repeatedCallsKeepEachWorksFlagRight() public {
        bytes32 otherHash = keccak256("other work");
        uint256 otherWork = _register(CREATOR, otherHash, recipients, shares);
        uint256 offerId = _createOffer(_terms());
        uint256 otherOffer = _createOfferAs(CREATOR, otherWork, otherHash, _terms());
        _setSalesFrozen(otherWork, false);
        _setSalesFrozen(workId, true);
        _setSalesFrozen(workId, true);
        _setSalesFrozen(otherWork, true);
        _setSalesFrozen(workId, false);

        assertTrue(!licensing.isSalesFrozen(workId), "work unfrozen");
        assertTrue(licensing.isSalesFrozen(otherWork), "other work frozen");
        _buy(BUYER, offerId);
        vm.deal(BUYER, PRICE);
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkFrozen.selector, otherWork));
        vm.prank(BUYER);
        licensing.purchase{value: PRICE}(otherOffer, recipients, shares);
    }

    function test_setSalesFrozen_keepsTheLicencesSoldValid() public {
        uint256 licenceId = _buy(BUYER, _createOffer(_terms()));

        vm.prank(FREEZER);
        licensing.setSalesFrozen(workId, true);

        assertTrue(licensing.isLicenceValid(licenceId), "valid");
        assertTrue(licensing.isLicenceValidFor(licenceId, BUYER, workId, COMMERCIAL), "isLicenceValidFor");
    }

    function test_setSalesFrozen_revertsWhenCallerLacksTheRole() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ADMIN, freezerRole)
        );
        vm.prank(ADMIN);
        licensing.setSalesFrozen(workId, true);
    }

    function _setSalesFrozen(uint256 work, bool frozen) internal {
        vm.prank(FREEZER);
        licensing.setSalesFrozen(work, frozen);
    }
}
