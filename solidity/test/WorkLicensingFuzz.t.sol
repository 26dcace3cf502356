// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";

/// @notice Random prices, splits, fees, payments and durations.
contract WorkLicensingFuzzTest is WorkLicensingTestBase {
    /// @dev A split of 1–5 distinct recipients with random positive shares summing to 10,000, a random fee up to the
    /// cap and any non-zero price: every part is credited as the formula says, and the parts add up to the price.
    function testFuzz_purchase_creditsExactlyThePriceAcrossAnySplit(
        uint128 price,
        uint16[5] memory rawShares,
        uint8 rawCount,
        uint16 rawFee
    ) public {
        price = uint128(_bound(price, 1, type(uint128).max));
        uint256 feeBps = rawFee % (licensing.MAX_PLATFORM_FEE_BPS() + 1);
        (address[] memory split, uint16[] memory splitShares) = _randomSplit(rawShares, 1 + rawCount % 5);
        vm.prank(ADMIN);
        licensing.setPlatformFee(uint16(feeBps), FEE_RECIPIENT);
        uint256 offerId = _offerOnNewWork(split, splitShares, price);

        vm.deal(BUYER, price);
        vm.prank(BUYER);
        licensing.purchase{value: price}(offerId, split, splitShares);

        uint256 fee = uint256(price) * feeBps / 10_000;
        uint256 royalties = price - fee;
        uint256 credited = licensing.owed(NATIVE, FEE_RECIPIENT);
        assertEq(credited, fee, "fee");
        uint256 others;
        for (uint256 i = 1; i < split.length; ++i) {
            uint256 amount = licensing.owed(NATIVE, split[i]);
            assertEq(amount, royalties * splitShares[i] / 10_000, "recipient's share");
            others += amount;
        }
        assertEq(licensing.owed(NATIVE, split[0]), royalties - others, "first recipient's share and remainder");
        credited += royalties;
        assertEq(credited, price, "credited");
        assertEq(licensing.totalOwed(NATIVE), price, "totalOwed");
        assertEq(address(licensing).balance, price, "contract balance");
    }

    /// @dev The remainder the first recipient gets is less than one unit per other recipient.
    function testFuzz_purchase_roundingRemainderIsBelowOneUnitPerRecipient(
        uint128 price,
        uint16[5] memory rawShares,
        uint8 rawCount
    ) public {
        price = uint128(_bound(price, 1, 1e24));
        (address[] memory split, uint16[] memory splitShares) = _randomSplit(rawShares, 1 + rawCount % 5);
        uint256 offerId = _offerOnNewWork(split, splitShares, price);

        vm.deal(BUYER, price);
        vm.prank(BUYER);
        licensing.purchase{value: price}(offerId, split, splitShares);

        uint256 exactFirst = uint256(price) * splitShares[0] / 10_000;
        uint256 first = licensing.owed(NATIVE, split[0]);
        assertTrue(first >= exactFirst, "first gets at least its share");
        assertTrue(first - exactFirst < split.length, "remainder below one unit per recipient");
    }

    /// @dev Only the exact price buys; anything else is refused with what was expected and sent.
    function testFuzz_purchase_refusesAnyPaymentButThePrice(uint128 price, uint128 sent) public {
        price = uint128(_bound(price, 1, type(uint128).max));
        Terms memory terms = _terms();
        terms.price = price;
        uint256 offerId = _createOffer(terms);

        if (sent != price) {
            vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWrongPayment.selector, price, sent));
        }
        _purchase(BUYER, offerId, sent);

        assertEq(licensing.totalLicences(), sent == price ? 1 : 0, "totalLicences");
        assertEq(address(licensing).balance, sent == price ? price : 0, "contract balance");
    }

    /// @dev A licence is valid from the purchase until exactly durationDays later.
    function testFuzz_purchase_licenceLastsExactlyTheOffersDays(uint32 durationDays, uint40 start) public {
        durationDays = uint32(_bound(durationDays, 1, type(uint32).max));
        start = uint40(_bound(start, 1, type(uint40).max));
        Terms memory terms = _terms();
        terms.durationDays = durationDays;
        uint256 offerId = _createOffer(terms);
        vm.warp(start);

        uint256 licenceId = _buy(BUYER, offerId);

        uint256 validUntil = uint256(start) + uint256(durationDays) * 1 days;
        assertEq(licensing.getLicence(licenceId).validUntil, validUntil, "validUntil");
        vm.warp(validUntil - 1);
        assertTrue(licensing.isLicenceValid(licenceId), "valid on its last second");
        vm.warp(validUntil);
        assertTrue(!licensing.isLicenceValid(licenceId), "invalid at validUntil");
    }

    // ---- helpers ----

    /// @dev `count` distinct recipients, each share at least 1, the last completing the sum to 10,000.
    function _randomSplit(uint16[5] memory rawShares, uint256 count)
        internal
        pure
        returns (address[] memory split, uint16[] memory splitShares)
    {
        split = new address[](count);
        splitShares = new uint16[](count);
        uint256 remaining = 10_000;
        for (uint256 i; i < count; ++i) {
            split[i] = address(uint160(0x1000 + i));
            if (i == count - 1) {
                splitShares[i] = uint16(remaining);
                break;
            }
            uint256 share = 1 + rawShares[i] % (remaining - (count - 1 - i));
            splitShares[i] = uint16(share);
            remaining -= share;
        }
    }

    function _offerOnNewWork(address[] memory split, uint16[] memory splitShares, uint128 price)
        internal
        returns (uint256)
    {
        bytes32 hash = Works.contentHash("fuzzed");
        uint256 fuzzedWork = _register(CREATOR, hash, split, splitShares);
        Terms memory terms = _terms();
        terms.price = price;
        return _createOfferAs(CREATOR, fuzzedWork, hash, terms);
    }

    function _bound(uint256 value, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + value % (max - min + 1);
    }
}
