// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Registry of original works
/// @notice One ERC-721 token per registered work, keyed by the SHA-256 hash of its content. A content hash can be
/// registered once. The record on-chain is what must be enforced (uniqueness, ownership, the royalty split's hash);
/// the IPFS identities, the perceptual fingerprint and the split itself travel in calldata and in `WorkRegistered`.
/// @dev CIDs are compact binary CIDv1 (0x01, codec, 0x12, 0x20, 32-byte SHA-256 digest), never strings.
interface IWorkRegistry {
    /// @notice One work to register in `registerBatch`; the fields mean what `register`'s parameters mean.
    struct Registration {
        bytes32 contentHash;
        bytes contentCid;
        bytes metadataCid;
        uint64 fingerprint;
        address[] recipients;
        uint16[] shares;
    }

    /// @notice A work was registered and its token minted to `creator`.
    /// @param workId The new work's id, which is also its ERC-721 token id (sequential from 1).
    /// @param contentHash SHA-256 of the work's content.
    /// @param creator The account that registered the work and received its token.
    /// @param contentCid Binary CIDv1 of the content on IPFS.
    /// @param metadataCid Binary CIDv1 of the metadata document on IPFS; empty when there is none.
    /// @param fingerprint 64-bit perceptual fingerprint; zero when the kind of content has none.
    /// @param recipients Royalty recipients, in the order of `shares`.
    /// @param shares Each recipient's share in basis points; they sum to 10,000.
    event WorkRegistered(
        uint256 indexed workId,
        bytes32 indexed contentHash,
        address indexed creator,
        bytes contentCid,
        bytes metadataCid,
        uint64 fingerprint,
        address[] recipients,
        uint16[] shares
    );

    /// @notice A ruling moved a work to another owner and replaced its royalty split.
    /// @param workId The work.
    /// @param from Its owner before.
    /// @param to Its owner now.
    /// @param recipients The new royalty recipients, in the order of `shares`.
    /// @param shares Each new recipient's share in basis points; they sum to 10,000.
    event WorkReassigned(
        uint256 indexed workId, address indexed from, address indexed to, address[] recipients, uint16[] shares
    );

    /// @notice No work with this id is registered under this content hash.
    error WorkRegistryWorkNotFound(uint256 workId, bytes32 contentHash);

    /// @notice A work cannot be reassigned to the zero address.
    error WorkRegistryZeroReassignee();

    /// @notice The content hash is registered already.
    /// @param contentHash The hash that was submitted.
    /// @param workId The id of the work that holds it.
    error WorkRegistryAlreadyRegistered(bytes32 contentHash, uint256 workId);

    /// @notice The content hash is zero.
    error WorkRegistryEmptyContentHash();

    /// @notice The content CID is empty.
    error WorkRegistryEmptyContentCid();

    /// @notice The royalty split has no recipient.
    error WorkRegistryEmptySplit();

    /// @notice The split has a different number of recipients and shares.
    /// @param recipients Number of recipients given.
    /// @param shares Number of shares given.
    error WorkRegistrySplitLengthMismatch(uint256 recipients, uint256 shares);

    /// @notice A recipient of the split is the zero address.
    /// @param index Position of that recipient.
    error WorkRegistrySplitZeroRecipient(uint256 index);

    /// @notice A share of the split is zero.
    /// @param index Position of that share.
    error WorkRegistrySplitZeroShare(uint256 index);

    /// @notice The shares do not sum to exactly 10,000 basis points.
    /// @param sum What they sum to.
    error WorkRegistrySplitSumInvalid(uint256 sum);

    /// @notice A relayed registration arrived after the deadline its creator signed.
    /// @param deadline The signed deadline (Unix seconds), now in the past.
    error WorkRegistryExpiredSignature(uint256 deadline);

    /// @notice The signature of a relayed registration is not `creator`'s over this registration, deadline and
    /// `creator`'s current nonce on this chain and contract (wrong signer, tampered field, replayed, or malformed).
    /// @param creator The creator the relayer named.
    error WorkRegistryInvalidSignature(address creator);

    /// @notice Registers a work and mints its token to the caller.
    /// @param contentHash SHA-256 of the content; non-zero and not registered yet.
    /// @param contentCid Binary CIDv1 of the content; non-empty.
    /// @param metadataCid Binary CIDv1 of the metadata document; may be empty.
    /// @param fingerprint 64-bit perceptual fingerprint; zero when there is none.
    /// @param recipients Royalty recipients; non-empty, none the zero address.
    /// @param shares Basis points per recipient; none zero, summing to exactly 10,000.
    /// @return workId The new work's id and token id.
    function register(
        bytes32 contentHash,
        bytes calldata contentCid,
        bytes calldata metadataCid,
        uint64 fingerprint,
        address[] calldata recipients,
        uint16[] calldata shares
    ) external returns (uint256 workId);

    /// @notice Registers several works in one transaction, all minted to the caller; reverts as a whole on the
    /// first invalid one (also when a content hash appears twice in the batch).
    /// @return firstWorkId The id of the first work; the others follow sequentially. Zero for an empty batch.
    function registerBatch(Registration[] calldata registrations) external returns (uint256 firstWorkId);

    /// @notice Registers a work on behalf of `creator`, who signed it, and mints its token to them; anyone may relay
    /// it and pay the gas. Consumes `creator`'s nonce, so a signature registers at most once.
    /// @dev The signature is EIP-712 over the domain {name: "WorkRegistry", version: "1", chainId, verifyingContract}
    /// and `Register(address creator,bytes32 contentHash,bytes contentCid,bytes metadataCid,uint64 fingerprint,
    /// address[] recipients,uint16[] shares,uint256 nonce,uint256 deadline)` with `nonce` = `nonces(creator)`.
    /// Only externally owned accounts can sign (65-byte ECDSA signatures with a low `s`).
    /// @param registration The work, as in `registerBatch`.
    /// @param creator The account that signed and receives the token.
    /// @param deadline Last Unix second at which the signature is accepted.
    /// @param signature `creator`'s 65-byte signature (r, s, v).
    /// @return workId The new work's id and token id.
    function registerFor(
        Registration calldata registration,
        address creator,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint256 workId);

    /// @notice Moves a work's token to `to` and replaces its royalty split; by a holder of the reassigner role,
    /// keccak256("REASSIGNER_ROLE") (the disputes contract, carrying out a ruling). Offers the former owner made go
    /// stale, since licensing sells only the current owner's offers; licences sold stay valid.
    /// @param workId The work; must be registered under `contentHash`.
    /// @param contentHash The work's content hash, under which its split is kept.
    /// @param to The new owner; non-zero.
    /// @param recipients The new royalty recipients; validated as at registration.
    /// @param shares Their basis points; none zero, summing to exactly 10,000.
    function reassign(
        uint256 workId,
        bytes32 contentHash,
        address to,
        address[] calldata recipients,
        uint16[] calldata shares
    ) external;

    /// @notice The nonce `owner` must sign into their next relayed registration.
    function nonces(address owner) external view returns (uint256);

    /// @notice The id of the work registered under `contentHash`, or 0 when there is none.
    function workIdOf(bytes32 contentHash) external view returns (uint256 workId);

    /// @notice How many works have been registered; also the highest work id.
    function totalWorks() external view returns (uint256);

    /// @notice Whether `recipients` and `shares` are the split registered for `workId` under `contentHash`, so that a
    /// payer (licensing) can pay by a split it was handed instead of one read from storage.
    function isSplitOf(uint256 workId, bytes32 contentHash, address[] calldata recipients, uint16[] calldata shares)
        external
        view
        returns (bool);
}
