// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkRegistry} from "../src/WorkRegistry.sol";
import {IWorkRegistry} from "../src/interfaces/IWorkRegistry.sol";
import {Assertions} from "./utils/Assertions.sol";
import {RegistrationSignatures} from "./utils/RegistrationSignatures.sol";
import {Works} from "./utils/Works.sol";
import {vm} from "./utils/Vm.sol";

/// @notice Relayed registration: the creator signs (EIP-712), anyone relays, the work is minted to the creator.
contract WorkRegistryRegisterForTest is Assertions {
    uint256 internal constant CREATOR_KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B0;
    address internal constant RELAYER = address(0x5E1A7);
    address internal constant FRONT_RUNNER = address(0xBAD);
    address internal constant CO_AUTHOR = address(0xB0B);
    address internal constant PUBLISHER = address(0xD0C);
    uint256 internal constant START = 1_800_000_000;
    uint256 internal constant DEADLINE = START + 1 hours;
    /// @dev secp256k1's group order; a signature (r, s) is as valid as (r, n - s), which the registry must refuse.
    uint256 internal constant SECP256K1_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    WorkRegistry internal registry;
    address internal creator;

    function setUp() public {
        registry = new WorkRegistry();
        creator = vm.addr(CREATOR_KEY);
        vm.warp(START);
    }

    // ---- happy path ----

    function test_registerFor_mintsToTheCreatorWhenAnotherAccountRelays() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IWorkRegistry.WorkRegistered(
            1, r.contentHash, creator, r.contentCid, r.metadataCid, r.fingerprint, r.recipients, r.shares
        );
        vm.prank(RELAYER);
        uint256 workId = registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(workId, 1, "work id");
        assertEq(registry.ownerOf(workId), creator, "owner");
        assertEq(registry.balanceOf(RELAYER), 0, "relayer balance");
        assertEq(registry.workIdOf(r.contentHash), workId, "workIdOf");
        assertTrue(registry.isSplitOf(workId, r.contentHash, r.recipients, r.shares), "isSplitOf");
        assertEq(registry.nonces(creator), 1, "nonce");
    }

    function test_registerFor_acceptsTheSignatureAtItsDeadline() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        vm.warp(DEADLINE);

        vm.prank(RELAYER);
        uint256 workId = registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.ownerOf(workId), creator, "owner");
    }

    function test_registerFor_acceptsTheCreatorsSignaturesInNonceOrder() public {
        IWorkRegistry.Registration memory first = _registration("first");
        IWorkRegistry.Registration memory second = _registration("second");
        bytes memory firstSignature = _sign(CREATOR_KEY, first, 0, DEADLINE);
        bytes memory secondSignature = _sign(CREATOR_KEY, second, 1, DEADLINE);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryInvalidSignature.selector, creator));
        vm.prank(RELAYER);
        registry.registerFor(second, creator, DEADLINE, secondSignature);

        vm.prank(RELAYER);
        registry.registerFor(first, creator, DEADLINE, firstSignature);
        vm.prank(RELAYER);
        registry.registerFor(second, creator, DEADLINE, secondSignature);

        assertEq(registry.balanceOf(creator), 2, "creator balance");
        assertEq(registry.nonces(creator), 2, "nonce");
    }

    // ---- replay, deadline, domain ----

    function test_registerFor_revertsWhenTheSameSignatureIsRelayedAgain() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);

        // The nonce is checked before the content hash: a replay fails on its signature, not as a duplicate.
        _expectInvalidSignature(creator);
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.nonces(creator), 1, "nonce");
        assertEq(registry.totalWorks(), 1, "totalWorks");
    }

    function test_registerFor_revertsAfterTheDeadline() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        vm.warp(DEADLINE + 1);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryExpiredSignature.selector, DEADLINE));
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.nonces(creator), 0, "nonce");
    }

    function test_registerFor_revertsWhenSignedForAnotherChain() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        vm.chainId(block.chainid + 1);

        _expectInvalidSignature(creator);
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);
    }

    function test_registerFor_revertsWhenSignedForAnotherRegistry() public {
        WorkRegistry otherRegistry = new WorkRegistry();
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryInvalidSignature.selector, creator));
        vm.prank(RELAYER);
        otherRegistry.registerFor(r, creator, DEADLINE, signature);
    }

    // ---- front-running ----

    function test_registerFor_revertsWhenAFrontRunnerNamesThemselvesCreator() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        _expectInvalidSignature(FRONT_RUNNER);
        vm.prank(FRONT_RUNNER);
        registry.registerFor(r, FRONT_RUNNER, DEADLINE, signature);

        assertEq(registry.workIdOf(r.contentHash), 0, "workIdOf");
    }

    function test_registerFor_mintsToTheCreatorWhenAFrontRunnerRelaysThePayloadUnchanged() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        vm.prank(FRONT_RUNNER);
        uint256 workId = registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.ownerOf(workId), creator, "owner");
        assertEq(registry.balanceOf(FRONT_RUNNER), 0, "front-runner balance");
    }

    // ---- tampering and wrong signers ----

    function test_registerFor_revertsWhenContentHashTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        r.contentHash = Works.contentHash("another poem");

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenContentCidTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        r.contentCid = Works.cid(Works.DAG_JSON_CODEC, r.contentHash);

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenMetadataCidTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        r.metadataCid = "";

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenFingerprintTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        r.fingerprint ^= 1;

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenSplitRecipientTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        r.recipients[2] = FRONT_RUNNER;

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenSplitSharesTampered() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        (r.shares[0], r.shares[2]) = (r.shares[2], r.shares[0]);

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenDeadlineExtended() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        _expectInvalidSignature(creator);
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE + 1 days, signature);
    }

    function test_registerFor_revertsWhenSignedByAnotherKey() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(OTHER_KEY, r, 0, DEADLINE);

        _expectRelayRejected(r, signature);
    }

    function test_registerFor_revertsWhenSignatureIsNot65Bytes() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        assembly ("memory-safe") {
            mstore(signature, 64)
        }

        _expectRelayRejected(r, signature);
    }

    /// @dev (r, n - s, v ^ 1) recovers the same signer; accepting it would let a relayer mint a second valid-looking
    /// signature, so the registry accepts only the low-s form (as wallets produce).
    function test_registerFor_revertsWhenSignatureHasHighS() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        (uint8 v, bytes32 sigR, bytes32 s) = vm.sign(CREATOR_KEY, _digest(r, 0, DEADLINE));
        bytes memory malleated = abi.encodePacked(sigR, bytes32(SECP256K1_ORDER - uint256(s)), v == 27 ? 28 : 27);

        _expectRelayRejected(r, malleated);
    }

    /// @dev The struct hash takes the recipients' calldata words as they are: a dirty word must not pass for the clean
    /// address a creator signed.
    function test_registerFor_revertsWhenRecipientWordIsDirty() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);
        bytes memory data = abi.encodeCall(IWorkRegistry.registerFor, (r, creator, DEADLINE, signature));
        uint256 registrationStart = 4 + uint256(_wordAt(data, 4));
        uint256 firstRecipient = registrationStart + uint256(_wordAt(data, registrationStart + 4 * 32)) + 32;
        assertEq(_wordAt(data, firstRecipient), bytes32(uint256(uint160(creator))), "first recipient's word");
        _setWordAt(data, firstRecipient, _wordAt(data, firstRecipient) | bytes32(uint256(1) << 200));

        vm.prank(RELAYER);
        (bool accepted, bytes memory reason) = address(registry).call(data);

        assertTrue(!accepted, "dirty recipient accepted");
        assertEq(
            reason, abi.encodeWithSelector(IWorkRegistry.WorkRegistryInvalidSignature.selector, creator), "revert data"
        );
        assertEq(registry.nonces(creator), 0, "nonce");
    }

    function test_registerFor_keepsTheNonceWhenTheRegistrationIsInvalid() public {
        IWorkRegistry.Registration memory r = _registration("poem");
        r.shares[0] = 1;
        bytes memory signature = _sign(CREATOR_KEY, r, 0, DEADLINE);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, 4_001));
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.nonces(creator), 0, "nonce");
    }

    /// @dev Any timestamp, deadline, number of earlier relayed works and signed nonce: accepted exactly when the
    /// deadline has not passed and the signed nonce is the creator's current one.
    function testFuzz_registerFor_acceptsOnlyBeforeTheDeadlineWithTheCurrentNonce(
        uint64 timestamp,
        uint64 deadline,
        uint8 rawEarlierWorks,
        uint8 rawSignedNonce
    ) public {
        uint256 earlierWorks = rawEarlierWorks % 3;
        uint256 signedNonce = rawSignedNonce % 4;
        for (uint256 i; i < earlierWorks; ++i) {
            IWorkRegistry.Registration memory earlier = _registration(string(abi.encodePacked("earlier", i)));
            bytes memory earlierSignature = _sign(CREATOR_KEY, earlier, i, type(uint256).max);
            vm.prank(RELAYER);
            registry.registerFor(earlier, creator, type(uint256).max, earlierSignature);
        }
        IWorkRegistry.Registration memory r = _registration("fuzzed");
        bytes memory signature = _sign(CREATOR_KEY, r, signedNonce, deadline);
        vm.warp(timestamp);

        if (timestamp > deadline) {
            vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryExpiredSignature.selector, deadline));
        } else if (signedNonce != earlierWorks) {
            vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryInvalidSignature.selector, creator));
        }
        vm.prank(RELAYER);
        registry.registerFor(r, creator, deadline, signature);

        bool accepted = timestamp <= deadline && signedNonce == earlierWorks;
        assertEq(registry.nonces(creator), earlierWorks + (accepted ? 1 : 0), "nonce");
        assertEq(registry.workIdOf(r.contentHash), accepted ? earlierWorks + 1 : 0, "workIdOf");
    }

    // ---- EIP-712 domain ----

    function test_registerTypehash_isTheHashOfTheSignedTypeString() public view {
        assertEq(registry.REGISTER_TYPEHASH(), RegistrationSignatures.REGISTER_TYPEHASH, "REGISTER_TYPEHASH");
    }

    function test_eip712Domain_namesTheRegistryItsVersionChainAndAddress() public view {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            registry.eip712Domain();

        assertEq(keccak256(bytes(name)), keccak256("WorkRegistry"), "name");
        assertEq(keccak256(bytes(version)), keccak256("1"), "version");
        assertEq(chainId, block.chainid, "chainId");
        assertEq(verifyingContract, address(registry), "verifyingContract");
    }

    // ---- helpers ----

    /// @dev A valid three-way split, so that a test can tamper with one recipient or share.
    function _registration(string memory content) internal view returns (IWorkRegistry.Registration memory r) {
        r = Works.registration(content, creator);
        r.fingerprint = 0x8f3c_a1d2_0b7e_6954;
        (r.recipients, r.shares) = Works.split(creator, 6_000, CO_AUTHOR, 3_000, PUBLISHER, 1_000);
    }

    function _digest(IWorkRegistry.Registration memory r, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        return RegistrationSignatures.digest(block.chainid, address(registry), r, creator, nonce, deadline);
    }

    function _sign(uint256 key, IWorkRegistry.Registration memory r, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return RegistrationSignatures.sign(key, _digest(r, nonce, deadline));
    }

    function _wordAt(bytes memory data, uint256 offset) internal pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x20), offset))
        }
    }

    function _setWordAt(bytes memory data, uint256 offset, bytes32 word) internal pure {
        assembly ("memory-safe") {
            mstore(add(add(data, 0x20), offset), word)
        }
    }

    function _expectInvalidSignature(address namedCreator) internal {
        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryInvalidSignature.selector, namedCreator));
    }

    /// @dev Relaying `r` for the creator with `signature` reverts as an invalid signature and registers nothing.
    function _expectRelayRejected(IWorkRegistry.Registration memory r, bytes memory signature) internal {
        _expectInvalidSignature(creator);
        vm.prank(RELAYER);
        registry.registerFor(r, creator, DEADLINE, signature);

        assertEq(registry.totalWorks(), 0, "totalWorks");
        assertEq(registry.nonces(creator), 0, "nonce");
    }
}
