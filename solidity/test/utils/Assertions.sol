// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Minimal assertions (forge-std is not available offline); a failed one reverts, which fails the test.
abstract contract Assertions {
    error AssertionFailed(string what);
    error ValuesDiffer(string what, uint256 expected, uint256 actual);
    error BytesDiffer(string what, bytes expected, bytes actual);

    function assertTrue(bool condition, string memory what) internal pure {
        if (!condition) revert AssertionFailed(what);
    }

    function assertEq(uint256 actual, uint256 expected, string memory what) internal pure {
        if (actual != expected) revert ValuesDiffer(what, expected, actual);
    }

    function assertEq(address actual, address expected, string memory what) internal pure {
        assertEq(uint256(uint160(actual)), uint256(uint160(expected)), what);
    }

    function assertEq(bytes32 actual, bytes32 expected, string memory what) internal pure {
        assertEq(uint256(actual), uint256(expected), what);
    }

    function assertEq(bytes memory actual, bytes memory expected, string memory what) internal pure {
        if (keccak256(actual) != keccak256(expected)) revert BytesDiffer(what, expected, actual);
    }
}
