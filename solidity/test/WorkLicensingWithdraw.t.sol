// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {ReenteringRecipient} from "./utils/ReenteringRecipient.sol";
import {RefusingRecipient} from "./utils/RefusingRecipient.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";

/// @notice withdraw: pull payments of what purchases credited, in the native coin and in tokens.
contract WorkLicensingWithdrawTest is WorkLicensingTestBase {
    function test_withdraw_paysEverythingOwedInTheNativeCoin() public {
        uint256 offerId = _createOffer(_terms());
        _buy(BUYER, offerId);
        _buy(OTHER_BUYER, offerId);

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.Withdrawn(CO_AUTHOR, NATIVE, 0.6 ether);
        vm.prank(CO_AUTHOR);
        uint256 paid = licensing.withdraw(NATIVE);

        assertEq(paid, 0.6 ether, "returned");
        assertEq(CO_AUTHOR.balance, 0.6 ether, "co-author's balance");
        assertEq(licensing.owed(NATIVE, CO_AUTHOR), 0, "owed after");
        assertEq(licensing.totalOwed(NATIVE), 1.4 ether, "totalOwed");
        assertEq(address(licensing).balance, 1.4 ether, "contract balance");
    }

    function test_withdraw_paysTheFeeRecipient() public {
        vm.prank(ADMIN);
        licensing.setPlatformFee(1_000, FEE_RECIPIENT);
        _buy(BUYER, _createOffer(_terms()));

        vm.prank(FEE_RECIPIENT);
        licensing.withdraw(NATIVE);

        assertEq(FEE_RECIPIENT.balance, 0.1 ether, "fee recipient's balance");
        assertEq(address(licensing).balance, 0.9 ether, "contract balance");
    }

    function test_withdraw_paysTokensAndLeavesTheNativeBalance() public {
        _buy(BUYER, _createOffer(_terms()));
        _buyWithToken(BUYER, _createOffer(_tokenTerms()));

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.Withdrawn(CREATOR, address(token), 300e18);
        vm.prank(CREATOR);
        licensing.withdraw(address(token));

        assertEq(token.balanceOf(CREATOR), 300e18, "creator's tokens");
        assertEq(token.balanceOf(address(licensing)), 200e18, "contract's tokens");
        assertEq(licensing.totalOwed(address(token)), 200e18, "totalOwed in the token");
        assertEq(licensing.owed(NATIVE, CREATOR), 0.6 ether, "native still owed");
    }

    function test_withdraw_revertsWhenNothingIsOwed() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNothingOwed.selector, STRANGER, NATIVE));
        vm.prank(STRANGER);
        licensing.withdraw(NATIVE);
    }

    function test_withdraw_revertsTheSecondTime() public {
        _buy(BUYER, _createOffer(_terms()));
        vm.prank(PUBLISHER);
        licensing.withdraw(NATIVE);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNothingOwed.selector, PUBLISHER, NATIVE));
        vm.prank(PUBLISHER);
        licensing.withdraw(NATIVE);
    }

    function test_withdraw_revertsInACurrencyTheAccountIsOwedNothingIn() public {
        _buy(BUYER, _createOffer(_terms()));

        vm.expectRevert(
            abi.encodeWithSelector(IWorkLicensing.WorkLicensingNothingOwed.selector, CREATOR, address(token))
        );
        vm.prank(CREATOR);
        licensing.withdraw(address(token));
    }

    function test_withdraw_revertsAndKeepsTheBalanceWhenTheAccountRefusesTheCoin() public {
        RefusingRecipient refuser = new RefusingRecipient();
        _buyWorkWithContractRecipient(address(refuser));

        vm.expectRevert(
            abi.encodeWithSelector(IWorkLicensing.WorkLicensingPaymentFailed.selector, address(refuser), 0.5 ether)
        );
        refuser.withdrawFrom(licensing, NATIVE);

        assertEq(licensing.owed(NATIVE, address(refuser)), 0.5 ether, "still owed");
        assertEq(licensing.totalOwed(NATIVE), PRICE, "totalOwed");
    }

    function test_withdraw_refusesReentryAndPaysOnce() public {
        ReenteringRecipient recipient = new ReenteringRecipient(licensing);
        _buyWorkWithContractRecipient(address(recipient));

        recipient.withdraw();

        assertEq(recipient.payments(), 1, "payments");
        assertEq(
            recipient.reentryError(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "reentry refused"
        );
        assertEq(address(recipient).balance, 0.5 ether, "recipient's balance");
        assertEq(licensing.owed(NATIVE, address(recipient)), 0, "owed after");
        assertEq(address(licensing).balance, 0.5 ether, "contract balance");
    }

    /// @dev A work split half and half between CREATOR and `recipient`, sold once at PRICE.
    function _buyWorkWithContractRecipient(address recipient) internal {
        bytes32 hash = Works.contentHash("song");
        address[] memory split = new address[](2);
        (split[0], split[1]) = (CREATOR, recipient);
        uint16[] memory splitShares = new uint16[](2);
        (splitShares[0], splitShares[1]) = (5_000, 5_000);
        uint256 songId = _register(CREATOR, hash, split, splitShares);
        uint256 offerId = _createOfferAs(CREATOR, songId, hash, _terms());
        vm.deal(BUYER, PRICE);
        vm.prank(BUYER);
        licensing.purchase{value: PRICE}(offerId, split, splitShares);
    }
}
