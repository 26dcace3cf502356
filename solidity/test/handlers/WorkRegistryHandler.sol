// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkRegistry} from "../../src/WorkRegistry.sol";
import {IWorkRegistry} from "../../src/interfaces/IWorkRegistry.sol";
import {Works} from "../utils/Works.sol";

/// @notice Drives the registry with random registrations (valid, invalid and duplicate) and transfers, and remembers
/// every split it got accepted. It reverts only when the registry accepted what it should have refused or the reverse.
contract WorkRegistryHandler {
    error OutcomeUnexpected(string what);

    WorkRegistry public immutable registry;

    bytes32[] public contentHashes;
    mapping(bytes32 contentHash => address[] recipients) internal _recipients;
    mapping(bytes32 contentHash => uint16[] shares) internal _shares;
    uint256 internal _nonce;

    constructor(WorkRegistry registry_) {
        registry = registry_;
    }

    /// @dev A split of 1–5 recipients that sums to 10,000, unless a non-zero `skew` moves the last share off.
    function register(uint256 seed, uint8 rawCount, int8 skew) external {
        uint256 count = 1 + rawCount % 5;
        address[] memory recipients = new address[](count);
        uint16[] memory shares = new uint16[](count);
        uint256 remaining = 10_000;
        for (uint256 i; i < count; ++i) {
            recipients[i] = address(uint160(uint256(keccak256(abi.encode(seed, i))) | 1));
            if (i == count - 1) {
                shares[i] = uint16(remaining);
                break;
            }
            uint256 reservedForTheRest = count - 1 - i;
            uint256 share = 1 + uint256(keccak256(abi.encode(seed, i, "share"))) % (remaining - reservedForTheRest);
            shares[i] = uint16(share);
            remaining -= share;
        }
        int256 skewed = int256(uint256(shares[count - 1])) + skew;
        bool valid = skew == 0 || skewed <= 0;
        if (!valid) shares[count - 1] = uint16(uint256(skewed));

        bytes32 contentHash = keccak256(abi.encode("content", _nonce++));
        bytes memory cid = Works.cid(Works.RAW_CODEC, contentHash);
        try registry.register(contentHash, cid, "", 0, recipients, shares) returns (uint256 workId) {
            if (!valid) revert OutcomeUnexpected("invalid split accepted");
            if (workId != contentHashes.length + 1) revert OutcomeUnexpected("work id not sequential");
            contentHashes.push(contentHash);
            _recipients[contentHash] = recipients;
            _shares[contentHash] = shares;
        } catch {
            if (valid) revert OutcomeUnexpected("valid split refused");
        }
    }

    function registerAgain(uint256 index) external {
        if (contentHashes.length == 0) return;
        bytes32 contentHash = contentHashes[index % contentHashes.length];
        (address[] memory recipients, uint16[] memory shares) = Works.soleSplit(address(this));
        try registry.register(contentHash, Works.cid(Works.RAW_CODEC, contentHash), "", 0, recipients, shares) {
            revert OutcomeUnexpected("duplicate accepted");
        } catch {}
    }

    function transfer(uint256 index, address to) external {
        if (contentHashes.length == 0 || to == address(0)) return;
        uint256 workId = 1 + index % contentHashes.length;
        if (registry.ownerOf(workId) != address(this)) return;
        registry.transferFrom(address(this), to, workId);
    }

    function count() external view returns (uint256) {
        return contentHashes.length;
    }

    function splitOf(bytes32 contentHash) external view returns (address[] memory, uint16[] memory) {
        return (_recipients[contentHash], _shares[contentHash]);
    }
}
