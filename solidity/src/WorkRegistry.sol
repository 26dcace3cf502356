// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IWorkRegistry} from "./interfaces/IWorkRegistry.sol";

/// @title Registry of original works
/// @notice See {IWorkRegistry}. Each work is an ERC-721 token ("Registry Work", "WORK") minted to its creator, who
/// registers directly or signs a registration that someone else relays. The deployer administers the roles.
/// @dev Storage holds only what must be enforced: uniqueness and the split's hash in one slot per content hash,
/// ownership in OpenZeppelin's ERC721, the work counter, relayed-registration nonces and roles. CIDs, fingerprint
/// and the split are in the event only.
contract WorkRegistry is ERC721, AccessControl, EIP712, Nonces, IWorkRegistry {
    /// @notice Role of the accounts that moderate disputes; granted and revoked by holders of `DEFAULT_ADMIN_ROLE`.
    bytes32 public constant MODERATOR_ROLE = keccak256("MODERATOR_ROLE");

    /// @dev Role of the accounts that may reassign a work (the disputes contract, carrying out a ruling), i.e.
    /// keccak256("REASSIGNER_ROLE"); granted and revoked by holders of `DEFAULT_ADMIN_ROLE`. Not a public getter: one
    /// more selector in the dispatcher made every registration about 20 gas dearer.
    bytes32 private constant _REASSIGNER_ROLE = keccak256("REASSIGNER_ROLE");

    /// @notice EIP-712 type hash of a relayed registration, see {IWorkRegistry-registerFor}.
    bytes32 public constant REGISTER_TYPEHASH = keccak256(
        "Register(address creator,bytes32 contentHash,bytes contentCid,bytes metadataCid,uint64 fingerprint,"
        "address[] recipients,uint16[] shares,uint256 nonce,uint256 deadline)"
    );

    uint256 private constant _TOTAL_SHARES = 10_000;
    uint256 private constant _WORK_ID_MASK = type(uint64).max;

    /// @dev Low 64 bits: the work id (0 = not registered). High 192 bits: the high 192 bits of
    /// keccak256(abi.encode(recipients, shares)), see {_splitHash}.
    mapping(bytes32 contentHash => uint256 workIdAndSplitHash) private _works;

    /// @dev Starts at 1 so that no registration pays for this slot going from zero to non-zero.
    uint256 private _nextWorkId = 1;

    constructor() ERC721("Registry Work", "WORK") EIP712("WorkRegistry", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
    }

    /// @inheritdoc IWorkRegistry
    function register(
        bytes32 contentHash,
        bytes calldata contentCid,
        bytes calldata metadataCid,
        uint64 fingerprint,
        address[] calldata recipients,
        uint16[] calldata shares
    ) external returns (uint256 workId) {
        return _register(msg.sender, contentHash, contentCid, metadataCid, fingerprint, recipients, shares);
    }

    /// @inheritdoc IWorkRegistry
    function registerBatch(Registration[] calldata registrations) external returns (uint256 firstWorkId) {
        uint256 count = registrations.length;
        if (count == 0) return 0;
        firstWorkId = _nextWorkId;
        for (uint256 i; i < count; ++i) {
            Registration calldata registration = registrations[i];
            _register(
                msg.sender,
                registration.contentHash,
                registration.contentCid,
                registration.metadataCid,
                registration.fingerprint,
                registration.recipients,
                registration.shares
            );
        }
    }

    /// @inheritdoc IWorkRegistry
    function registerFor(
        Registration calldata registration,
        address creator,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint256 workId) {
        // A validator can shift the timestamp by seconds; deadlines are minutes to hours away.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) revert WorkRegistryExpiredSignature(deadline);
        bytes32 digest = _hashTypedDataV4(_registerStructHash(registration, creator, _useNonce(creator), deadline));
        (address signer, ECDSA.RecoverError error,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (error != ECDSA.RecoverError.NoError || signer != creator) revert WorkRegistryInvalidSignature(creator);
        return _register(
            creator,
            registration.contentHash,
            registration.contentCid,
            registration.metadataCid,
            registration.fingerprint,
            registration.recipients,
            registration.shares
        );
    }

    /// @inheritdoc IWorkRegistry
    function reassign(
        uint256 workId,
        bytes32 contentHash,
        address to,
        address[] calldata recipients,
        uint16[] calldata shares
    ) external onlyRole(_REASSIGNER_ROLE) {
        uint256 stored = _works[contentHash];
        if (workId == 0 || stored & _WORK_ID_MASK != workId) revert WorkRegistryWorkNotFound(workId, contentHash);
        if (to == address(0)) revert WorkRegistryZeroReassignee();
        _works[contentHash] = _validSplitHash(recipients, shares) | workId;
        // Moved by the standard transferFrom, with the reassigner approved for it (the transfer clears the approval):
        // calling _transfer or _update from here as well made the compiler stop inlining them into registration,
        // about 60 gas dearer per work.
        address from = _ownerOf(workId);
        _approve(msg.sender, workId, address(0), false);
        transferFrom(from, to, workId);
        emit WorkReassigned(workId, from, to, recipients, shares);
    }

    /// @inheritdoc IWorkRegistry
    function nonces(address owner) public view override(Nonces, IWorkRegistry) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @inheritdoc IWorkRegistry
    function workIdOf(bytes32 contentHash) external view returns (uint256 workId) {
        return _works[contentHash] & _WORK_ID_MASK;
    }

    /// @inheritdoc IWorkRegistry
    function totalWorks() external view returns (uint256) {
        return _nextWorkId - 1;
    }

    /// @inheritdoc IWorkRegistry
    function isSplitOf(uint256 workId, bytes32 contentHash, address[] calldata recipients, uint16[] calldata shares)
        external
        view
        returns (bool)
    {
        uint256 stored = _works[contentHash];
        return
            workId != 0 && stored & _WORK_ID_MASK == workId && stored & ~_WORK_ID_MASK == _splitHash(recipients, shares);
    }

    /// @dev Validates and records a work for `creator` and mints its token to them. Every entry point (direct,
    /// batch, and relayed with the creator's signature) goes through here.
    function _register(
        address creator,
        bytes32 contentHash,
        bytes calldata contentCid,
        bytes calldata metadataCid,
        uint64 fingerprint,
        address[] calldata recipients,
        uint16[] calldata shares
    ) internal returns (uint256 workId) {
        if (contentHash == bytes32(0)) revert WorkRegistryEmptyContentHash();
        uint256 existing = _works[contentHash];
        if (existing != 0) revert WorkRegistryAlreadyRegistered(contentHash, existing & _WORK_ID_MASK);
        if (contentCid.length == 0) revert WorkRegistryEmptyContentCid();
        uint256 splitHash = _validSplitHash(recipients, shares);

        // A work id cannot reach 2^64: every registration costs tens of thousands of gas.
        workId = _nextWorkId;
        unchecked {
            _nextWorkId = workId + 1;
        }
        _works[contentHash] = splitHash | workId;
        _mint(creator, workId);
        emit WorkRegistered(workId, contentHash, creator, contentCid, metadataCid, fingerprint, recipients, shares);
    }

    /// @dev EIP-712 hashStruct of a `Register` (see {REGISTER_TYPEHASH}): dynamic `bytes` as their keccak256, arrays of
    /// atomic types as the keccak256 of their elements each padded to 32 bytes, i.e. of their calldata words. Hashed in
    /// scratch memory past the free pointer (about 1,500 gas less than abi.encode); the array words are hashed as they
    /// are, so a dirty word only makes a digest nobody signed, and {_validSplitHash} refuses it anyway.
    function _registerStructHash(Registration calldata registration, address creator, uint256 nonce, uint256 deadline)
        private
        pure
        returns (bytes32 hash)
    {
        bytes32 typeHash = REGISTER_TYPEHASH;
        bytes32 contentHash = registration.contentHash;
        uint64 fingerprint = registration.fingerprint;
        bytes calldata contentCid = registration.contentCid;
        bytes calldata metadataCid = registration.metadataCid;
        address[] calldata recipients = registration.recipients;
        uint16[] calldata shares = registration.shares;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, contentCid.offset, contentCid.length)
            let contentCidHash := keccak256(p, contentCid.length)
            calldatacopy(p, metadataCid.offset, metadataCid.length)
            let metadataCidHash := keccak256(p, metadataCid.length)
            calldatacopy(p, recipients.offset, shl(5, recipients.length))
            let recipientsHash := keccak256(p, shl(5, recipients.length))
            calldatacopy(p, shares.offset, shl(5, shares.length))
            let sharesHash := keccak256(p, shl(5, shares.length))
            mstore(p, typeHash)
            mstore(add(p, 0x20), creator)
            mstore(add(p, 0x40), contentHash)
            mstore(add(p, 0x60), contentCidHash)
            mstore(add(p, 0x80), metadataCidHash)
            mstore(add(p, 0xa0), fingerprint)
            mstore(add(p, 0xc0), recipientsHash)
            mstore(add(p, 0xe0), sharesHash)
            mstore(add(p, 0x100), nonce)
            mstore(add(p, 0x120), deadline)
            hash := keccak256(p, 0x140)
        }
    }

    /// @dev Reverts unless the split is valid; returns its {_splitHash}.
    function _validSplitHash(address[] calldata recipients, uint16[] calldata shares) private pure returns (uint256) {
        uint256 count = recipients.length;
        if (count != shares.length) revert WorkRegistrySplitLengthMismatch(count, shares.length);
        if (count == 0) revert WorkRegistryEmptySplit();
        uint256 sum;
        for (uint256 i; i < count; ++i) {
            if (recipients[i] == address(0)) revert WorkRegistrySplitZeroRecipient(i);
            uint256 share = shares[i];
            if (share == 0) revert WorkRegistrySplitZeroShare(i);
            // Cannot overflow: at most calldata-length many uint16 values.
            unchecked {
                sum += share;
            }
        }
        if (sum != _TOTAL_SHARES) revert WorkRegistrySplitSumInvalid(sum);
        return _splitHash(recipients, shares);
    }

    /// @dev keccak256(abi.encode(recipients, shares)) with its low 64 bits cleared, to share a slot with the work id.
    /// The encoding is laid out in scratch memory past the free pointer (nothing is allocated, so a batch does not grow
    /// memory work after work); array words are copied from calldata as they are, which is the canonical encoding
    /// for the validated split of a registration and never matches a registered split when dirty.
    function _splitHash(address[] calldata recipients, uint16[] calldata shares) private pure returns (uint256 hash) {
        assembly ("memory-safe") {
            let start := mload(0x40)
            let recipientsBytes := shl(5, recipients.length)
            let sharesBytes := shl(5, shares.length)
            mstore(start, 0x40)
            mstore(add(start, 0x20), add(0x60, recipientsBytes))
            mstore(add(start, 0x40), recipients.length)
            calldatacopy(add(start, 0x60), recipients.offset, recipientsBytes)
            let sharesStart := add(add(start, 0x60), recipientsBytes)
            mstore(sharesStart, shares.length)
            calldatacopy(add(sharesStart, 0x20), shares.offset, sharesBytes)
            let length := sub(add(add(sharesStart, 0x20), sharesBytes), start)
            hash := and(keccak256(start, length), not(0xffffffffffffffff))
        }
    }
}
