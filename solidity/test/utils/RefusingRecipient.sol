// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkLicensing} from "../../src/WorkLicensing.sol";

/// @notice A royalty recipient contract that cannot receive the native coin (it has no receive function).
contract RefusingRecipient {
    function withdrawFrom(WorkLicensing licensing, address currency) external returns (uint256) {
        return licensing.withdraw(currency);
    }
}
