// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title A licence's record in the 96 bits its ERC-721 owner slot leaves free
/// @notice Bits 0–49: `validUntil` (Unix seconds, 0 = perpetual); bits 50–94: the offer id (0 = no licence); bit 95:
/// revoked. Everything else about a licence is its offer's, so minting one writes no slot but its owner's.
/// @dev The widths hold every value that can occur: `validUntil` is at most the block time plus 2^32 − 1 days
/// (3.8e14 s), far below 2^50 (1.1e15); offer ids count up from 1 and cannot reach 2^45 (3.5e13) because each offer
/// costs over 100,000 gas. {pack} relies on both and does not check them.
library PackedLicence {
    uint256 private constant _VALID_UNTIL_BITS = 50;
    uint256 private constant _VALID_UNTIL_MASK = 2 ** _VALID_UNTIL_BITS - 1;
    uint256 private constant _OFFER_ID_MASK = 2 ** 45 - 1;
    uint96 private constant _REVOKED = 2 ** 95;

    /// @dev The record of a licence bought under offer `offer`, valid until `until`, not revoked.
    function pack(uint256 offer, uint64 until) internal pure returns (uint96) {
        // casting to 'uint96' is safe because offer < 2^45 and until < 2^50 (see the library's notes)
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint96(offer << _VALID_UNTIL_BITS | until);
    }

    /// @dev The offer the licence was bought under; 0 for a token that was never minted.
    function offerId(uint96 record) internal pure returns (uint256) {
        return uint256(record) >> _VALID_UNTIL_BITS & _OFFER_ID_MASK;
    }

    /// @dev First Unix second at which the licence is no longer valid; 0 = perpetual.
    function validUntil(uint96 record) internal pure returns (uint64) {
        // casting to 'uint64' is safe because the value is masked to 50 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint64(uint256(record) & _VALID_UNTIL_MASK);
    }

    function isRevoked(uint96 record) internal pure returns (bool) {
        return record & _REVOKED != 0;
    }

    /// @dev The same record, revoked.
    function revoke(uint96 record) internal pure returns (uint96) {
        return record | _REVOKED;
    }

    /// @dev Whether the licence exists, was not revoked and has not expired.
    function isValid(uint96 record) internal view returns (bool) {
        return offerId(record) != 0 && !isRevoked(record) && notExpired(validUntil(record));
    }

    /// @dev Whether a licence valid until `until` (0 = perpetual) is still valid now.
    function notExpired(uint64 until) internal view returns (bool) {
        // A validator can shift the timestamp by seconds; licences last days.
        // forge-lint: disable-next-line(block-timestamp)
        return until == 0 || block.timestamp < until;
    }
}
