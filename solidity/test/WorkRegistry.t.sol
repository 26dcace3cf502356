// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkRegistry} from "../src/WorkRegistry.sol";
import {IWorkRegistry} from "../src/interfaces/IWorkRegistry.sol";
import {Assertions} from "./utils/Assertions.sol";
import {Works} from "./utils/Works.sol";
import {Vm, vm} from "./utils/Vm.sol";

contract WorkRegistryTest is Assertions {
    address internal constant CREATOR = address(0xC0FFEE);
    address internal constant OTHER_CREATOR = address(0xBEEF);
    address internal constant CO_AUTHOR = address(0xB0B);
    address internal constant PUBLISHER = address(0xD0C);

    WorkRegistry internal registry;

    function setUp() public {
        registry = new WorkRegistry();
    }

    // ---- register ----

    function test_register_mintsTokenToCreatorAndRecordsWork() public {
        bytes32 hash = Works.contentHash("poem");

        uint256 workId = _register(CREATOR, "poem");

        assertEq(workId, 1, "work id");
        assertEq(registry.ownerOf(workId), CREATOR, "owner");
        assertEq(registry.balanceOf(CREATOR), 1, "creator balance");
        assertEq(registry.workIdOf(hash), workId, "workIdOf");
        assertEq(registry.totalWorks(), 1, "totalWorks");
    }

    function test_register_emitsWorkRegisteredWithAllFields() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 6_000, CO_AUTHOR, 3_000, PUBLISHER, 1_000);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IWorkRegistry.WorkRegistered(
            1, r.contentHash, CREATOR, r.contentCid, r.metadataCid, r.fingerprint, r.recipients, r.shares
        );
        vm.prank(CREATOR);
        registry.register(r.contentHash, r.contentCid, r.metadataCid, r.fingerprint, r.recipients, r.shares);
    }

    function test_register_assignsSequentialIdsAcrossCreators() public {
        assertEq(_register(CREATOR, "first"), 1, "first id");
        assertEq(_register(OTHER_CREATOR, "second"), 2, "second id");
        assertEq(_register(CREATOR, "third"), 3, "third id");

        assertEq(registry.totalWorks(), 3, "totalWorks");
        assertEq(registry.ownerOf(2), OTHER_CREATOR, "owner of the second");
        assertEq(registry.balanceOf(CREATOR), 2, "creator balance");
    }

    function test_register_acceptsEmptyMetadataCid() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        r.metadataCid = "";

        uint256 workId = _submit(CREATOR, r);

        assertEq(registry.workIdOf(r.contentHash), workId, "workIdOf");
    }

    function test_register_revertsWhenDuplicate() public {
        uint256 existing = _register(CREATOR, "poem");
        // Built before expectRevert: hashing calls the SHA-256 precompile, which would count as the next call.
        IWorkRegistry.Registration memory again = Works.registration("poem", OTHER_CREATOR);

        vm.expectRevert(
            abi.encodeWithSelector(IWorkRegistry.WorkRegistryAlreadyRegistered.selector, again.contentHash, existing)
        );
        _submit(OTHER_CREATOR, again);
    }

    function test_register_duplicateKeepsTheFirstCreatorsWork() public {
        uint256 existing = _register(CREATOR, "poem");
        IWorkRegistry.Registration memory again = Works.registration("poem", OTHER_CREATOR);

        vm.prank(OTHER_CREATOR);
        try registry.register(
            again.contentHash, again.contentCid, again.metadataCid, 0, again.recipients, again.shares
        ) {
            revert AssertionFailed("duplicate accepted");
        } catch {}

        assertEq(registry.ownerOf(existing), CREATOR, "owner");
        assertEq(registry.totalWorks(), 1, "totalWorks");
        assertTrue(registry.isSplitOf(existing, again.contentHash, _soleRecipient(CREATOR), _wholeShare()), "split");
    }

    function test_register_revertsWhenContentHashEmpty() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        r.contentHash = bytes32(0);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryEmptyContentHash.selector));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenContentCidEmpty() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        r.contentCid = "";

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryEmptyContentCid.selector));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitEmpty() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        r.recipients = new address[](0);
        r.shares = new uint16[](0);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryEmptySplit.selector));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitLengthsMismatch() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients,) = Works.split(CREATOR, 0, CO_AUTHOR, 0, PUBLISHER, 0);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitLengthMismatch.selector, 3, 1));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitRecipientZero() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 5_000, address(0), 4_000, PUBLISHER, 1_000);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitZeroRecipient.selector, 1));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitShareZero() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 5_000, CO_AUTHOR, 5_000, PUBLISHER, 0);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitZeroShare.selector, 2));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitSumsBelow10000() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 5_000, CO_AUTHOR, 3_000, PUBLISHER, 1_999);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, 9_999));
        _submit(CREATOR, r);
    }

    function test_register_revertsWhenSplitSumsAbove10000() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 65_535, CO_AUTHOR, 65_535, PUBLISHER, 65_535);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, 196_605));
        _submit(CREATOR, r);
    }

    /// @dev The split's hash is taken over the calldata words as they are; that is only sound because reading an
    /// element validates it, so a recipient with dirty high bits never gets that far.
    function test_register_revertsWhenRecipientWordIsDirty() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        bytes memory data = abi.encodeCall(
            IWorkRegistry.register, (r.contentHash, r.contentCid, r.metadataCid, 0, r.recipients, r.shares)
        );
        uint256 recipientsOffset = 4 + uint256(_wordAt(data, 4 + 4 * 32));
        uint256 firstRecipient = recipientsOffset + 32;
        _setWordAt(data, firstRecipient, _wordAt(data, firstRecipient) | bytes32(uint256(1) << 200));

        vm.prank(CREATOR);
        (bool accepted,) = address(registry).call(data);

        assertTrue(!accepted, "dirty recipient accepted");
        assertEq(registry.totalWorks(), 0, "totalWorks");
    }

    /// @dev Shares are bounded to [0, 10,000]; half the runs complete the last share to make the sum exactly 10,000.
    function testFuzz_register_acceptsSplitOnlyWhenSharesArePositiveAndSumTo10000(
        uint16[4] memory rawShares,
        uint8 rawCount,
        bool completeTo10000
    ) public {
        uint256 count = 1 + rawCount % 4;
        IWorkRegistry.Registration memory r = Works.registration("fuzzed", CREATOR);
        r.recipients = new address[](count);
        r.shares = new uint16[](count);
        uint256 sum;
        for (uint256 i; i < count; ++i) {
            r.recipients[i] = address(uint160(0x1000 + i));
            r.shares[i] = uint16(rawShares[i] % 10_001);
            if (completeTo10000 && i == count - 1 && sum < 10_000) r.shares[i] = uint16(10_000 - sum);
            sum += r.shares[i];
        }

        bytes memory expectedError = _expectedSplitError(r.shares, sum);
        if (expectedError.length != 0) {
            vm.expectRevert(expectedError);
            _submit(CREATOR, r);
            return;
        }
        uint256 workId = _submit(CREATOR, r);
        assertEq(sum, 10_000, "accepted sum");
        assertTrue(registry.isSplitOf(workId, r.contentHash, r.recipients, r.shares), "isSplitOf");
    }

    // ---- registerBatch ----

    function test_registerBatch_registersEveryWorkWithSequentialIds() public {
        _register(OTHER_CREATOR, "earlier");
        IWorkRegistry.Registration[] memory batch = new IWorkRegistry.Registration[](3);
        batch[0] = Works.registration("one", CREATOR);
        batch[1] = Works.registration("two", CREATOR);
        batch[2] = Works.registration("three", CREATOR);
        (batch[2].recipients, batch[2].shares) = Works.split(CREATOR, 5_000, CO_AUTHOR, 2_500, PUBLISHER, 2_500);

        vm.recordLogs();
        vm.prank(CREATOR);
        uint256 firstWorkId = registry.registerBatch(batch);

        assertEq(firstWorkId, 2, "first work id");
        assertEq(registry.totalWorks(), 4, "totalWorks");
        assertEq(registry.balanceOf(CREATOR), 3, "creator balance");
        for (uint256 i; i < batch.length; ++i) {
            assertEq(registry.workIdOf(batch[i].contentHash), firstWorkId + i, "workIdOf");
            assertEq(registry.ownerOf(firstWorkId + i), CREATOR, "owner");
            assertTrue(
                registry.isSplitOf(firstWorkId + i, batch[i].contentHash, batch[i].recipients, batch[i].shares),
                "isSplitOf"
            );
        }
        assertEq(_countWorkRegisteredLogs(), 3, "WorkRegistered events");
    }

    function test_registerBatch_returnsZeroForEmptyBatch() public {
        uint256 firstWorkId = registry.registerBatch(new IWorkRegistry.Registration[](0));

        assertEq(firstWorkId, 0, "first work id");
        assertEq(registry.totalWorks(), 0, "totalWorks");
    }

    function test_registerBatch_revertsWhenWorkAlreadyRegistered() public {
        uint256 existing = _register(OTHER_CREATOR, "two");
        IWorkRegistry.Registration[] memory batch = new IWorkRegistry.Registration[](2);
        batch[0] = Works.registration("one", CREATOR);
        batch[1] = Works.registration("two", CREATOR);

        vm.expectRevert(
            abi.encodeWithSelector(IWorkRegistry.WorkRegistryAlreadyRegistered.selector, batch[1].contentHash, existing)
        );
        vm.prank(CREATOR);
        registry.registerBatch(batch);
    }

    function test_registerBatch_revertsWhenHashRepeatsWithinBatch() public {
        _register(OTHER_CREATOR, "earlier");
        IWorkRegistry.Registration[] memory batch = new IWorkRegistry.Registration[](3);
        batch[0] = Works.registration("one", CREATOR);
        batch[1] = Works.registration("two", CREATOR);
        batch[2] = Works.registration("one", CREATOR);

        vm.expectRevert(
            abi.encodeWithSelector(IWorkRegistry.WorkRegistryAlreadyRegistered.selector, batch[0].contentHash, 2)
        );
        vm.prank(CREATOR);
        registry.registerBatch(batch);
    }

    function test_registerBatch_revertsAsAWholeWhenOneWorkIsInvalid() public {
        IWorkRegistry.Registration[] memory batch = new IWorkRegistry.Registration[](2);
        batch[0] = Works.registration("one", CREATOR);
        batch[1] = Works.registration("two", CREATOR);
        batch[1].shares[0] = 9_000;

        vm.prank(CREATOR);
        try registry.registerBatch(batch) {
            revert AssertionFailed("invalid batch accepted");
        } catch (bytes memory reason) {
            assertEq(
                reason, abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, 9_000), "revert data"
            );
        }
        assertEq(registry.totalWorks(), 0, "totalWorks");
        assertEq(registry.workIdOf(batch[0].contentHash), 0, "first work left behind");
    }

    // ---- isSplitOf ----

    function test_isSplitOf_trueForTheRegisteredSplit() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 6_000, CO_AUTHOR, 3_000, PUBLISHER, 1_000);
        uint256 workId = _submit(CREATOR, r);

        assertTrue(registry.isSplitOf(workId, r.contentHash, r.recipients, r.shares), "isSplitOf");
    }

    function test_isSplitOf_staysWithTheWorkAfterTransfer() public {
        uint256 workId = _register(CREATOR, "poem");

        vm.prank(CREATOR);
        registry.transferFrom(CREATOR, OTHER_CREATOR, workId);

        assertTrue(
            registry.isSplitOf(workId, Works.contentHash("poem"), _soleRecipient(CREATOR), _wholeShare()), "isSplitOf"
        );
    }

    function test_isSplitOf_falseForOtherSharesRecipientsOrOrder() public {
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        (r.recipients, r.shares) = Works.split(CREATOR, 6_000, CO_AUTHOR, 3_000, PUBLISHER, 1_000);
        uint256 workId = _submit(CREATOR, r);

        (address[] memory recipients, uint16[] memory otherShares) =
            Works.split(CREATOR, 5_000, CO_AUTHOR, 4_000, PUBLISHER, 1_000);
        assertTrue(!registry.isSplitOf(workId, r.contentHash, recipients, otherShares), "other shares");

        (address[] memory otherRecipients,) = Works.split(CREATOR, 0, OTHER_CREATOR, 0, PUBLISHER, 0);
        assertTrue(!registry.isSplitOf(workId, r.contentHash, otherRecipients, r.shares), "other recipients");

        (address[] memory reordered, uint16[] memory reorderedShares) =
            Works.split(CO_AUTHOR, 3_000, CREATOR, 6_000, PUBLISHER, 1_000);
        assertTrue(!registry.isSplitOf(workId, r.contentHash, reordered, reorderedShares), "reordered");

        assertTrue(!registry.isSplitOf(workId, r.contentHash, _soleRecipient(CREATOR), _wholeShare()), "sole split");
    }

    function test_isSplitOf_falseForOtherWorkIdOrUnregisteredHash() public {
        uint256 workId = _register(CREATOR, "poem");
        _register(CREATOR, "song");
        bytes32 hash = Works.contentHash("poem");
        address[] memory recipients = _soleRecipient(CREATOR);
        uint16[] memory shares = _wholeShare();

        assertTrue(!registry.isSplitOf(workId + 1, hash, recipients, shares), "other work id");
        assertTrue(!registry.isSplitOf(0, Works.contentHash("unregistered"), recipients, shares), "unregistered");
        assertTrue(!registry.isSplitOf(workId | (1 << 64), hash, recipients, shares), "id above 64 bits");
    }

    // ---- workIdOf / metadata ----

    function test_workIdOf_zeroWhenNotRegistered() public view {
        assertEq(registry.workIdOf(Works.contentHash("unregistered")), 0, "workIdOf");
    }

    function test_constructor_namesTheToken() public view {
        assertEq(keccak256(bytes(registry.name())), keccak256("Registry Work"), "name");
        assertEq(keccak256(bytes(registry.symbol())), keccak256("WORK"), "symbol");
    }

    // ---- helpers ----

    function _register(address creator, string memory content) internal returns (uint256) {
        return _submit(creator, Works.registration(content, creator));
    }

    function _submit(address creator, IWorkRegistry.Registration memory r) internal returns (uint256) {
        vm.prank(creator);
        return registry.register(r.contentHash, r.contentCid, r.metadataCid, r.fingerprint, r.recipients, r.shares);
    }

    function _soleRecipient(address recipient) internal pure returns (address[] memory recipients) {
        (recipients,) = Works.soleSplit(recipient);
    }

    function _wholeShare() internal pure returns (uint16[] memory shares) {
        (, shares) = Works.soleSplit(address(1));
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

    function _expectedSplitError(uint16[] memory shares, uint256 sum) internal pure returns (bytes memory) {
        for (uint256 i; i < shares.length; ++i) {
            if (shares[i] == 0) return abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitZeroShare.selector, i);
        }
        if (sum != 10_000) return abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, sum);
        return "";
    }

    function _countWorkRegisteredLogs() internal returns (uint256 count) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(registry) && logs[i].topics[0] == IWorkRegistry.WorkRegistered.selector) {
                ++count;
            }
        }
    }
}
