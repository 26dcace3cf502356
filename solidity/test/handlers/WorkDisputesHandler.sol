// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkDisputes} from "../../src/WorkDisputes.sol";
import {WorkRegistry} from "../../src/WorkRegistry.sol";
import {IWorkDisputes} from "../../src/interfaces/IWorkDisputes.sol";
import {vm} from "../utils/Vm.sol";
import {Works} from "../utils/Works.sol";

/// @notice Drives the disputes contract with random disputes (bonds changing between them), rulings, appeals, appeal
/// rulings, settlements, withdrawals and the passing of time among four actors and two moderators. It calls only what
/// must succeed and records, from its own calls, what was paid in and withdrawn.
/// @dev The handler administers the disputes contract; the platform (licensing's fee recipient) is one of the actors.
contract WorkDisputesHandler {
    uint256 public constant ACTOR_COUNT = 4;
    uint256 public constant WORK_COUNT = 3;
    address public constant MODERATOR = address(0x30D);
    address public constant OTHER_MODERATOR = address(0x30E);

    WorkRegistry public immutable registry;
    WorkDisputes public immutable disputes;

    uint256 public paidIn;
    uint256 public withdrawn;

    constructor(WorkRegistry registry_, WorkDisputes disputes_) {
        (registry, disputes) = (registry_, disputes_);
    }

    function actor(uint256 index) public pure returns (address) {
        return address(uint160(0xA1 + index % ACTOR_COUNT));
    }

    function contentHashOf(uint256 workId) public pure returns (bytes32) {
        return keccak256(abi.encode("work", workId));
    }

    function open(uint256 actorSeed, uint256 workSeed, uint8 claimSeed) public {
        address claimant = actor(actorSeed);
        uint256 workId = 1 + workSeed % WORK_COUNT;
        if (disputes.openDisputeOf(workId, claimant) != 0) return;
        uint256 bond = disputes.bond();
        IWorkDisputes.ClaimType claim =
            claimSeed % 2 == 0 ? IWorkDisputes.ClaimType.Authorship : IWorkDisputes.ClaimType.Unlawful;
        vm.deal(claimant, bond);
        vm.prank(claimant);
        disputes.openDispute{value: bond}(
            workId, contentHashOf(workId), claim, 0, Works.cid(Works.DAG_JSON_CODEC, bytes32(actorSeed))
        );
        paidIn += bond;
    }

    /// @dev Rulings other than Reassigned: a reassignment needs no money check of its own, and keeping the owners
    /// fixed keeps every party an actor.
    function rule(uint256 disputeSeed, uint8 rulingSeed, bool other) public {
        uint256 disputeId = _pick(disputeSeed);
        if (disputeId == 0 || disputes.getDispute(disputeId).status != IWorkDisputes.Status.Open) return;
        vm.prank(other ? OTHER_MODERATOR : MODERATOR);
        disputes.rule(disputeId, _ruling(rulingSeed), hex"01", new uint256[](0));
    }

    function appeal(uint256 disputeSeed, bool byOwner) public {
        uint256 disputeId = _pick(disputeSeed);
        if (disputeId == 0) return;
        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        if (dispute.status != IWorkDisputes.Status.Ruled) return;
        if (block.timestamp > uint256(dispute.ruledAt) + disputes.appealWindow()) return;
        vm.prank(byOwner ? dispute.owner : dispute.claimant);
        disputes.appeal(disputeId, hex"02");
    }

    function ruleAppeal(uint256 disputeSeed, uint8 rulingSeed) public {
        uint256 disputeId = _pick(disputeSeed);
        if (disputeId == 0) return;
        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        if (dispute.status != IWorkDisputes.Status.Appealed) return;
        vm.prank(dispute.moderator == MODERATOR ? OTHER_MODERATOR : MODERATOR);
        disputes.ruleAppeal(disputeId, _ruling(rulingSeed), hex"03", new uint256[](0));
    }

    function settle(uint256 disputeSeed) public {
        uint256 disputeId = _pick(disputeSeed);
        if (disputeId == 0) return;
        IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
        if (dispute.status != IWorkDisputes.Status.Ruled) return;
        if (block.timestamp <= uint256(dispute.ruledAt) + disputes.appealWindow()) return;
        disputes.settle(disputeId);
    }

    function withdraw(uint256 actorSeed) public {
        address account = actor(actorSeed);
        uint256 amount = disputes.owed(account);
        if (amount == 0) return;
        vm.prank(account);
        disputes.withdraw();
        withdrawn += amount;
    }

    function setBond(uint64 bond) public {
        disputes.setBond(bond % 10 ether);
    }

    function warp(uint32 seconds_) public {
        vm.warp(block.timestamp + seconds_ % 5 days);
    }

    function _pick(uint256 seed) private view returns (uint256) {
        uint256 count = disputes.totalDisputes();
        return count == 0 ? 0 : 1 + seed % count;
    }

    function _ruling(uint8 seed) private pure returns (IWorkDisputes.Ruling) {
        return IWorkDisputes.Ruling(seed % 3);
    }
}
