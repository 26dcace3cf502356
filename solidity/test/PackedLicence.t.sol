// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedLicence} from "../src/libraries/PackedLicence.sol";
import {Assertions} from "./utils/Assertions.sol";
import {vm} from "./utils/Vm.sol";

/// @notice The 96-bit licence record: every offer id and expiry that can occur comes back out as it went in, and
/// revoking changes nothing else.
contract PackedLicenceTest is Assertions {
    using PackedLicence for uint96;

    uint256 internal constant MAX_OFFER_ID = 2 ** 45 - 1;

    /// @dev The latest expiry a purchase can give: the fuzzed clocks reach 2^40 s, plus the longest duration.
    uint256 internal constant MAX_VALID_UNTIL = 2 ** 40 + uint256(type(uint32).max) * 1 days;

    function testFuzz_pack_keepsTheOfferIdAndTheExpiry(uint256 offerId, uint64 validUntil) public pure {
        offerId = _bound(offerId, 1, MAX_OFFER_ID);
        validUntil = uint64(_bound(validUntil, 0, MAX_VALID_UNTIL));

        uint96 record = PackedLicence.pack(offerId, validUntil);

        assertEq(record.offerId(), offerId, "offerId");
        assertEq(record.validUntil(), validUntil, "validUntil");
        assertTrue(!record.isRevoked(), "revoked");
    }

    function testFuzz_revoke_setsOnlyTheRevokedBit(uint256 offerId, uint64 validUntil) public pure {
        offerId = _bound(offerId, 1, MAX_OFFER_ID);
        validUntil = uint64(_bound(validUntil, 0, MAX_VALID_UNTIL));

        uint96 record = PackedLicence.pack(offerId, validUntil).revoke();

        assertTrue(record.isRevoked(), "revoked");
        assertEq(record.offerId(), offerId, "offerId");
        assertEq(record.validUntil(), validUntil, "validUntil");
    }

    function test_isValid_untilTheLastSecondUnlessRevokedOrUnknown() public {
        vm.warp(1_000);

        assertTrue(PackedLicence.pack(7, 1_001).isValid(), "last second");
        assertTrue(!PackedLicence.pack(7, 1_000).isValid(), "at validUntil");
        assertTrue(PackedLicence.pack(7, 0).isValid(), "perpetual");
        assertTrue(!PackedLicence.pack(7, 0).revoke().isValid(), "revoked");
        assertTrue(!uint96(0).isValid(), "no licence");
    }

    function _bound(uint256 value, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + value % (max - min + 1);
    }
}
