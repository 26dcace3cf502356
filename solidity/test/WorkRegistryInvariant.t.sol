// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkRegistry} from "../src/WorkRegistry.sol";
import {Assertions} from "./utils/Assertions.sol";
import {WorkRegistryHandler} from "./handlers/WorkRegistryHandler.sol";

/// @notice Invariants over random sequences of registrations, duplicates and transfers driven by the handler.
contract WorkRegistryInvariantTest is Assertions {
    WorkRegistry internal registry;
    WorkRegistryHandler internal handler;

    function setUp() public {
        registry = new WorkRegistry();
        handler = new WorkRegistryHandler(registry);
    }

    /// @dev Read by forge's invariant runner: only the handler is called at random.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function invariant_totalWorksCountsEveryAcceptedRegistration() public view {
        assertEq(registry.totalWorks(), handler.count(), "totalWorks");
    }

    function invariant_everyWorkKeepsItsIdOwnerAndASplitSummingTo10000() public view {
        uint256 count = handler.count();
        for (uint256 i; i < count; ++i) {
            bytes32 contentHash = handler.contentHashes(i);
            uint256 workId = i + 1;
            (address[] memory recipients, uint16[] memory shares) = handler.splitOf(contentHash);
            uint256 sum;
            for (uint256 j; j < shares.length; ++j) {
                sum += shares[j];
            }
            assertEq(sum, 10_000, "split sum");
            assertEq(registry.workIdOf(contentHash), workId, "workIdOf");
            assertTrue(registry.ownerOf(workId) != address(0), "owner");
            assertTrue(registry.isSplitOf(workId, contentHash, recipients, shares), "isSplitOf");
        }
    }
}
