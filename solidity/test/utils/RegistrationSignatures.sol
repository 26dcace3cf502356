// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IWorkRegistry} from "../../src/interfaces/IWorkRegistry.sol";
import {vm} from "./Vm.sol";

/// @notice Signs relayed registrations as a wallet would: the EIP-712 digest is built here from the type strings,
/// independently of the contract, so that a test fails when the contract hashes something else.
library RegistrationSignatures {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant REGISTER_TYPEHASH = keccak256(
        "Register(address creator,bytes32 contentHash,bytes contentCid,bytes metadataCid,uint64 fingerprint,"
        "address[] recipients,uint16[] shares,uint256 nonce,uint256 deadline)"
    );

    /// @dev What `creatorKey` signs to have `r` registered for `creator` on `registry` at `chainId`.
    function digest(
        uint256 chainId,
        address registry,
        IWorkRegistry.Registration memory r,
        address creator,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 domainSeparator = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("WorkRegistry"), keccak256("1"), chainId, registry)
        );
        return keccak256(abi.encodePacked(hex"1901", domainSeparator, structHash(r, creator, nonce, deadline)));
    }

    function structHash(IWorkRegistry.Registration memory r, address creator, uint256 nonce, uint256 deadline)
        internal
        pure
        returns (bytes32)
    {
        bytes memory encoded = abi.encode(
            REGISTER_TYPEHASH, creator, r.contentHash, keccak256(r.contentCid), keccak256(r.metadataCid)
        );
        return keccak256(abi.encodePacked(encoded, uint256(r.fingerprint), _splitHashes(r), nonce, deadline));
    }

    /// @dev An array of atomic values is hashed as its elements, each padded to 32 bytes, one after the other.
    function _splitHashes(IWorkRegistry.Registration memory r) private pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked(r.recipients)), keccak256(abi.encodePacked(r.shares)));
    }

    /// @dev The 65-byte (r, s, v) signature of `hash` by `privateKey`.
    function sign(uint256 privateKey, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, hash);
        return abi.encodePacked(r, s, v);
    }
}
