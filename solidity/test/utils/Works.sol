// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IWorkRegistry} from "../../src/interfaces/IWorkRegistry.sol";

/// @notice Builders for test inputs: binary CIDv1s and royalty splits.
library Works {
    bytes1 internal constant RAW_CODEC = 0x55;
    bytes1 internal constant DAG_JSON_CODEC = 0xa9;

    /// @dev A 36-byte CIDv1 over a SHA-256 digest: 0x01, codec, 0x12 (sha2-256), 0x20 (32 bytes), digest.
    function cid(bytes1 codec, bytes32 digest) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x01), codec, bytes1(0x12), bytes1(0x20), digest);
    }

    function contentHash(string memory content) internal pure returns (bytes32) {
        return sha256(bytes(content));
    }

    function soleSplit(address recipient) internal pure returns (address[] memory recipients, uint16[] memory shares) {
        recipients = new address[](1);
        recipients[0] = recipient;
        shares = new uint16[](1);
        shares[0] = 10_000;
    }

    function split(address a, uint16 shareA, address b, uint16 shareB, address c, uint16 shareC)
        internal
        pure
        returns (address[] memory recipients, uint16[] memory shares)
    {
        recipients = new address[](3);
        (recipients[0], recipients[1], recipients[2]) = (a, b, c);
        shares = new uint16[](3);
        (shares[0], shares[1], shares[2]) = (shareA, shareB, shareC);
    }

    /// @dev A valid registration of `content` with a sole recipient and a metadata CID.
    function registration(string memory content, address recipient)
        internal
        pure
        returns (IWorkRegistry.Registration memory r)
    {
        r.contentHash = contentHash(content);
        r.contentCid = cid(RAW_CODEC, r.contentHash);
        r.metadataCid = cid(DAG_JSON_CODEC, keccak256(bytes(content)));
        (r.recipients, r.shares) = soleSplit(recipient);
    }
}
