// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkDisputes} from "../../src/WorkDisputes.sol";

/// @notice A claimant contract that, when its bond is paid back, tries to withdraw again and records whether it was
/// refused.
contract ReenteringClaimant {
    WorkDisputes internal immutable _disputes;

    bytes public reentryError;
    uint256 public payments;

    constructor(WorkDisputes disputes) {
        _disputes = disputes;
    }

    receive() external payable {
        ++payments;
        if (payments > 1) return;
        try _disputes.withdraw() {}
        catch (bytes memory reason) {
            reentryError = reason;
        }
    }
}
