// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {FeeOnTransferToken} from "./utils/FeeOnTransferToken.sol";
import {ReenteringBuyer} from "./utils/ReenteringBuyer.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {Vm, vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";

/// @notice purchase: what a licence grants, how the payment is split and held, and every refusal.
contract WorkLicensingPurchaseTest is WorkLicensingTestBase {
    uint256 internal constant START = 1_000_000;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
    }

    // ---- what the buyer gets ----

    function test_purchase_mintsALicenceValidForTheOffersDuration() public {
        uint256 offerId = _createOffer(_terms());

        uint256 licenceId = _purchase(BUYER, offerId, PRICE);

        IWorkLicensing.Licence memory licence = licensing.getLicence(licenceId);
        assertEq(licenceId, 1, "licence id");
        assertEq(licensing.ownerOf(licenceId), BUYER, "owner");
        assertEq(licensing.balanceOf(BUYER), 1, "buyer's licences");
        assertEq(licence.offerId, offerId, "offerId");
        assertEq(licence.workId, workId, "workId");
        assertEq(licence.validUntil, START + DURATION_DAYS * 1 days, "validUntil");
        assertEq(uint8(licence.usage), COMMERCIAL, "usage");
        assertTrue(licence.transferable, "transferable");
        assertTrue(!licence.revoked, "revoked");
        assertTrue(licensing.isLicenceValid(licenceId), "valid");
        assertEq(licensing.getOffer(offerId).sold, 1, "sold");
        assertEq(licensing.totalLicences(), 1, "totalLicences");
    }

    function test_purchase_emitsACreditPerRecipientThenLicencePurchasedThenTransfer() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.RoyaltyCredited(1, workId, CO_AUTHOR, NATIVE, 0.3 ether);
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.RoyaltyCredited(1, workId, PUBLISHER, NATIVE, 0.1 ether);
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.RoyaltyCredited(1, workId, CREATOR, NATIVE, 0.6 ether);
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.LicencePurchased(
            1, offerId, workId, BUYER, NATIVE, PRICE, uint64(START), uint64(START + DURATION_DAYS * 1 days)
        );
        vm.expectEmit(true, true, true, true, address(licensing));
        emit IERC721.Transfer(address(0), BUYER, 1);
        _purchase(BUYER, offerId, PRICE);
    }

    function test_purchase_creditsTheSplitAndHoldsThePayment() public {
        uint256 offerId = _createOffer(_terms());

        _purchase(BUYER, offerId, PRICE);

        assertEq(licensing.owed(NATIVE, CREATOR), 0.6 ether, "creator");
        assertEq(licensing.owed(NATIVE, CO_AUTHOR), 0.3 ether, "co-author");
        assertEq(licensing.owed(NATIVE, PUBLISHER), 0.1 ether, "publisher");
        assertEq(licensing.owed(NATIVE, ADMIN), 0, "fee recipient without a fee");
        assertEq(licensing.totalOwed(NATIVE), PRICE, "totalOwed");
        assertEq(address(licensing).balance, PRICE, "contract balance");
        assertEq(BUYER.balance, 0, "buyer's balance");
    }

    function test_purchase_creditsThePlatformFeeBeforeTheSplit() public {
        vm.prank(ADMIN);
        licensing.setPlatformFee(250, FEE_RECIPIENT);
        uint256 offerId = _createOffer(_terms());

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.PlatformFeeCredited(1, FEE_RECIPIENT, NATIVE, 0.025 ether);
        _purchase(BUYER, offerId, PRICE);

        assertEq(licensing.owed(NATIVE, FEE_RECIPIENT), 0.025 ether, "fee");
        assertEq(licensing.owed(NATIVE, CREATOR), 0.585 ether, "creator");
        assertEq(licensing.owed(NATIVE, CO_AUTHOR), 0.2925 ether, "co-author");
        assertEq(licensing.owed(NATIVE, PUBLISHER), 0.0975 ether, "publisher");
        assertEq(licensing.totalOwed(NATIVE), PRICE, "totalOwed");
    }

    /// @dev 7 wei at a 10 % fee: the fee rounds to 0, the co-author gets 2, the publisher 0 (no credit, no event),
    /// and the creator the remaining 5.
    function test_purchase_givesTheRoundingRemainderToTheFirstRecipientAndSkipsZeroCredits() public {
        vm.prank(ADMIN);
        licensing.setPlatformFee(1_000, FEE_RECIPIENT);
        Terms memory terms = _terms();
        terms.price = 7;
        uint256 offerId = _createOffer(terms);

        vm.recordLogs();
        _purchase(BUYER, offerId, 7);

        assertEq(licensing.owed(NATIVE, FEE_RECIPIENT), 0, "fee");
        assertEq(licensing.owed(NATIVE, CO_AUTHOR), 2, "co-author");
        assertEq(licensing.owed(NATIVE, PUBLISHER), 0, "publisher");
        assertEq(licensing.owed(NATIVE, CREATOR), 5, "creator");
        assertEq(_countLogs(IWorkLicensing.RoyaltyCredited.selector), 2, "RoyaltyCredited events");
        assertEq(_countLogs(IWorkLicensing.PlatformFeeCredited.selector), 0, "PlatformFeeCredited events");
    }

    function test_purchase_ofAPerpetualOfferGrantsALicenceThatNeverExpires() public {
        Terms memory terms = _terms();
        terms.durationDays = 0;
        uint256 offerId = _createOffer(terms);

        uint256 licenceId = _purchase(BUYER, offerId, PRICE);
        vm.warp(START + 100 * 365 days);

        assertEq(licensing.getLicence(licenceId).validUntil, 0, "validUntil");
        assertTrue(licensing.isLicenceValid(licenceId), "valid a century later");
    }

    function test_purchase_sellsUpToTheCapThenRefuses() public {
        Terms memory terms = _terms();
        terms.maxSupply = 2;
        uint256 offerId = _createOffer(terms);
        _buy(BUYER, offerId);
        _buy(OTHER_BUYER, offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingSoldOut.selector, offerId, 2));
        _purchase(STRANGER, offerId, PRICE);

        assertEq(licensing.getOffer(offerId).sold, 2, "sold");
    }

    function test_purchase_inATokenPullsExactlyThePriceAndCreditsTokenBalances() public {
        uint256 offerId = _createOffer(_tokenTerms());
        _fundWithToken(BUYER, 500e18);

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.LicencePurchased(
            1, offerId, workId, BUYER, address(token), 500e18, uint64(START), uint64(START + DURATION_DAYS * 1 days)
        );
        _purchase(BUYER, offerId, 0);

        assertEq(token.balanceOf(address(licensing)), 500e18, "contract's tokens");
        assertEq(token.balanceOf(BUYER), 0, "buyer's tokens");
        assertEq(licensing.owed(address(token), CREATOR), 300e18, "creator");
        assertEq(licensing.owed(address(token), CO_AUTHOR), 150e18, "co-author");
        assertEq(licensing.owed(address(token), PUBLISHER), 50e18, "publisher");
        assertEq(licensing.totalOwed(address(token)), 500e18, "totalOwed in the token");
        assertEq(licensing.totalOwed(NATIVE), 0, "totalOwed in the native coin");
    }

    function test_purchase_ofTheNewOwnersOfferStillPaysTheRegisteredSplit() public {
        vm.prank(CREATOR);
        registry.transferFrom(CREATOR, STRANGER, workId);
        uint256 offerId = _createOfferAs(STRANGER, workId, contentHash, _terms());

        _buy(BUYER, offerId);

        assertEq(licensing.owed(NATIVE, CREATOR), 0.6 ether, "creator");
        assertEq(licensing.owed(NATIVE, STRANGER), 0, "new owner");
    }

    function test_purchase_ofAnExclusiveOfferSellsAgainOnceTheLicenceExpired() public {
        Terms memory terms = _terms();
        terms.exclusive = true;
        uint256 offerId = _createOffer(terms);
        uint256 first = _buy(BUYER, offerId);
        vm.warp(licensing.getLicence(first).validUntil);

        uint256 second = _buy(OTHER_BUYER, offerId);

        assertEq(licensing.getOffer(offerId).exclusiveLicenceId, second, "exclusiveLicenceId");
        assertTrue(!licensing.isLicenceValid(first), "first expired");
        assertTrue(licensing.isLicenceValid(second), "second valid");
    }

    function test_purchase_ofAnExclusiveOfferSellsAgainOnceTheLicenceWasRevoked() public {
        Terms memory terms = _terms();
        terms.exclusive = true;
        terms.durationDays = 0;
        uint256 offerId = _createOffer(terms);
        uint256 first = _buy(BUYER, offerId);
        _revoke(first);

        uint256 second = _buy(OTHER_BUYER, offerId);

        assertEq(licensing.getOffer(offerId).exclusiveLicenceId, second, "exclusiveLicenceId");
    }

    function test_purchase_byAContractBuyerRefusesToBeReentered() public {
        uint256 offerId = _createOffer(_terms());
        ReenteringBuyer buyer = new ReenteringBuyer(licensing);
        vm.deal(address(this), PRICE);

        buyer.buy{value: PRICE}(offerId, recipients, shares);

        assertEq(
            buyer.reentryError(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "reentry refused"
        );
        assertEq(licensing.ownerOf(1), address(buyer), "owner");
        assertEq(licensing.totalLicences(), 1, "totalLicences");
    }

    // ---- refusals ----

    function test_purchase_revertsWhenOfferDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferNotFound.selector, 9));
        _purchase(BUYER, 9, PRICE);
    }

    function test_purchase_revertsWhenOfferIsPaused() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferPaused.selector, offerId));
        _purchase(BUYER, offerId, PRICE);
    }

    function test_purchase_revertsWhenOfferIsWithdrawn() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferWithdrawn.selector, offerId));
        _purchase(BUYER, offerId, PRICE);
    }

    function test_purchase_revertsWhenTheWorksSalesAreFrozen() public {
        uint256 offerId = _createOffer(_terms());
        _grant(licensing.FREEZER_ROLE(), STRANGER);
        vm.prank(STRANGER);
        licensing.setSalesFrozen(workId, true);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkFrozen.selector, workId));
        _purchase(BUYER, offerId, PRICE);
    }

    function test_purchase_revertsWhenAnExclusiveLicenceIsLive() public {
        Terms memory terms = _terms();
        terms.exclusive = true;
        uint256 offerId = _createOffer(terms);
        uint256 first = _buy(BUYER, offerId);
        vm.warp(licensing.getLicence(first).validUntil - 1);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingExclusiveTaken.selector, offerId, first));
        _purchase(OTHER_BUYER, offerId, PRICE);
    }

    function test_purchase_revertsWhenTheSellerNoLongerOwnsTheWork() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        registry.transferFrom(CREATOR, STRANGER, workId);

        vm.expectRevert(
            abi.encodeWithSelector(IWorkLicensing.WorkLicensingStaleOffer.selector, offerId, CREATOR, STRANGER)
        );
        _purchase(BUYER, offerId, PRICE);
    }

    function test_purchase_revertsWhenTheBuyerOwnsTheWork() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOwnWork.selector, workId, CREATOR));
        _purchase(CREATOR, offerId, PRICE);
    }

    function test_purchase_revertsWhenSharesDifferFromTheRegisteredSplit() public {
        uint256 offerId = _createOffer(_terms());
        (address[] memory split, uint16[] memory otherShares) =
            Works.split(CREATOR, 5_000, CO_AUTHOR, 4_000, PUBLISHER, 1_000);

        _expectSplitMismatch(offerId, split, otherShares);
    }

    function test_purchase_revertsWhenRecipientsAreReordered() public {
        uint256 offerId = _createOffer(_terms());
        (address[] memory split, uint16[] memory splitShares) =
            Works.split(CO_AUTHOR, 3_000, CREATOR, 6_000, PUBLISHER, 1_000);

        _expectSplitMismatch(offerId, split, splitShares);
    }

    function test_purchase_revertsWhenAllIsPaidToOneRecipient() public {
        uint256 offerId = _createOffer(_terms());
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(BUYER);

        _expectSplitMismatch(offerId, split, splitShares);
    }

    function test_purchase_revertsWhenPayingTooLittle() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, PRICE, PRICE - 1));
        _purchase(BUYER, offerId, PRICE - 1);
    }

    function test_purchase_revertsWhenPayingTooMuch() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, PRICE, PRICE + 1));
        _purchase(BUYER, offerId, PRICE + 1);
    }

    function test_purchase_revertsWhenPayingNothing() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, PRICE, 0));
        _purchase(BUYER, offerId, 0);
    }

    function test_purchase_revertsWhenSendingTheNativeCoinToATokenOffer() public {
        uint256 offerId = _createOffer(_tokenTerms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, 0, 1));
        _purchase(BUYER, offerId, 1);
    }

    function test_purchase_revertsWhenTheTokenWasTakenOffTheAllowList() public {
        uint256 offerId = _createOffer(_tokenTerms());
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(token), false);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingCurrencyNotAllowed.selector, address(token)));
        _purchase(BUYER, offerId, 0);
    }

    function test_purchase_revertsWhenTheTokenIsNotApproved() public {
        uint256 offerId = _createOffer(_tokenTerms());
        token.mint(BUYER, 500e18);

        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(licensing), 0, uint256(500e18)
            )
        );
        _purchase(BUYER, offerId, 0);
    }

    function test_purchase_revertsWhenTheTokenDeliversLessThanThePrice() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken();
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(feeToken), true);
        Terms memory terms = _terms();
        terms.currency = address(feeToken);
        terms.price = 100e18;
        uint256 offerId = _createOffer(terms);
        feeToken.mint(BUYER, 100e18);
        vm.prank(BUYER);
        feeToken.approve(address(licensing), 100e18);

        vm.expectRevert(
            abi.encodeWithSelector(
                IWorkLicensing.WorkLicensingTokenShortfall.selector, address(feeToken), uint256(100e18), uint256(99e18)
            )
        );
        _purchase(BUYER, offerId, 0);
    }

    // ---- helpers ----

    function _expectSplitMismatch(uint256 offerId, address[] memory split, uint16[] memory splitShares) internal {
        vm.deal(BUYER, PRICE);
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingSplitMismatch.selector, workId));
        vm.prank(BUYER);
        licensing.purchase{value: PRICE}(offerId, split, splitShares);
    }

    function _grant(bytes32 role, address account) internal {
        vm.prank(ADMIN);
        licensing.grantRole(role, account);
    }

    function _revoke(uint256 licenceId) internal {
        _grant(licensing.REVOKER_ROLE(), STRANGER);
        vm.prank(STRANGER);
        licensing.revokeLicence(licenceId);
    }

    function _countLogs(bytes32 topic) internal returns (uint256 count) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(licensing) && logs[i].topics[0] == topic) ++count;
        }
    }
}
