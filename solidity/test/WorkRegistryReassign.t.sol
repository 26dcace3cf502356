// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {WorkRegistry} from "../src/WorkRegistry.sol";
import {IWorkRegistry} from "../src/interfaces/IWorkRegistry.sol";
import {Assertions} from "./utils/Assertions.sol";
import {vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";

/// @notice Reassigning a work (a dispute ruling): only the reassigner role, the split validated as at registration.
contract WorkRegistryReassignTest is Assertions {
    address internal constant CREATOR = address(0xC0FFEE);
    address internal constant CLAIMANT = address(0xC1A1);
    address internal constant REASSIGNER = address(0x2EA5);

    WorkRegistry internal registry;
    uint256 internal workId;
    bytes32 internal contentHash;

    bytes32 internal constant REASSIGNER_ROLE = keccak256("REASSIGNER_ROLE");

    function setUp() public {
        registry = new WorkRegistry();
        registry.grantRole(REASSIGNER_ROLE, REASSIGNER);
        IWorkRegistry.Registration memory r = Works.registration("poem", CREATOR);
        contentHash = r.contentHash;
        vm.prank(CREATOR);
        workId = registry.register(r.contentHash, r.contentCid, r.metadataCid, 0, r.recipients, r.shares);
    }

    function test_reassign_movesTheTokenReplacesTheSplitAndEmits() public {
        (address[] memory split, uint16[] memory splitShares) =
            Works.split(CLAIMANT, 5_000, CREATOR, 4_000, REASSIGNER, 1_000);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IERC721.Transfer(CREATOR, CLAIMANT, workId);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IWorkRegistry.WorkReassigned(workId, CREATOR, CLAIMANT, split, splitShares);
        vm.prank(REASSIGNER);
        registry.reassign(workId, contentHash, CLAIMANT, split, splitShares);

        assertEq(registry.ownerOf(workId), CLAIMANT, "owner");
        assertEq(registry.balanceOf(CREATOR), 0, "former owner's balance");
        assertTrue(registry.isSplitOf(workId, contentHash, split, splitShares), "new split");
        (address[] memory former, uint16[] memory formerShares) = Works.soleSplit(CREATOR);
        assertTrue(!registry.isSplitOf(workId, contentHash, former, formerShares), "former split");
        assertEq(registry.workIdOf(contentHash), workId, "work id kept");
        assertEq(registry.getApproved(workId), address(0), "no approval left");
    }

    function test_reassign_revertsWhenTheCallerLacksTheRole() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, CLAIMANT, REASSIGNER_ROLE)
        );
        vm.prank(CLAIMANT);
        registry.reassign(workId, contentHash, CLAIMANT, split, splitShares);
    }

    function test_reassign_revertsWhenTheWorkIsNotUnderTheContentHash() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);
        bytes32 otherHash = Works.contentHash("other");

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryWorkNotFound.selector, workId, otherHash));
        vm.prank(REASSIGNER);
        registry.reassign(workId, otherHash, CLAIMANT, split, splitShares);
    }

    function test_reassign_revertsForWorkZero() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);
        bytes32 unregistered = Works.contentHash("unregistered");

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryWorkNotFound.selector, 0, unregistered));
        vm.prank(REASSIGNER);
        registry.reassign(0, unregistered, CLAIMANT, split, splitShares);
    }

    function test_reassign_revertsWhenTheNewOwnerIsZero() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistryZeroReassignee.selector));
        vm.prank(REASSIGNER);
        registry.reassign(workId, contentHash, address(0), split, splitShares);
    }

    function test_reassign_revertsWhenTheSplitIsInvalid() public {
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CLAIMANT);
        splitShares[0] = 9_999;

        vm.expectRevert(abi.encodeWithSelector(IWorkRegistry.WorkRegistrySplitSumInvalid.selector, 9_999));
        vm.prank(REASSIGNER);
        registry.reassign(workId, contentHash, CLAIMANT, split, splitShares);
    }
}
