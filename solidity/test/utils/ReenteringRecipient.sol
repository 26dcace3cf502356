// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkLicensing} from "../../src/WorkLicensing.sol";

/// @notice A royalty recipient contract that, when paid, tries to withdraw again and records whether it was refused.
contract ReenteringRecipient {
    WorkLicensing internal immutable _licensing;

    bytes public reentryError;
    uint256 public payments;

    constructor(WorkLicensing licensing) {
        _licensing = licensing;
    }

    function withdraw() external {
        _licensing.withdraw(address(0));
    }

    receive() external payable {
        ++payments;
        if (payments > 1) return;
        try _licensing.withdraw(address(0)) {}
        catch (bytes memory reason) {
            reentryError = reason;
        }
    }
}
