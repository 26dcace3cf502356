// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkDisputes} from "../../src/WorkDisputes.sol";
import {IWorkDisputes} from "../../src/interfaces/IWorkDisputes.sol";
import {vm} from "./Vm.sol";
import {WorkLicensingTestBase} from "./WorkLicensingTestBase.sol";
import {Works} from "./Works.sol";

/// @notice The licensing test setup (one work of CREATOR with a three-way split, fee recipient ADMIN) plus the disputes
/// contract administered by ADMIN, holding the freezer and revoker roles on licensing and the reassigner role on the
/// registry, two moderators granted on the registry, a 0.1 ether bond and a three-day appeal window.
abstract contract WorkDisputesTestBase is WorkLicensingTestBase {
    address internal constant MODERATOR = address(0x30D);
    address internal constant OTHER_MODERATOR = address(0x30E);
    address internal constant CLAIMANT = address(0xC1A1);
    uint256 internal constant BOND = 0.1 ether;
    uint64 internal constant APPEAL_WINDOW = 3 days;
    uint256 internal constant START = 1_000_000;

    WorkDisputes internal disputes;

    function setUp() public virtual override {
        super.setUp();
        vm.warp(START);
        disputes = new WorkDisputes(registry, licensing, ADMIN);
        registry.grantRole(registry.MODERATOR_ROLE(), MODERATOR);
        registry.grantRole(registry.MODERATOR_ROLE(), OTHER_MODERATOR);
        registry.grantRole(keccak256("REASSIGNER_ROLE"), address(disputes));
        bytes32 freezerRole = licensing.FREEZER_ROLE();
        bytes32 revokerRole = licensing.REVOKER_ROLE();
        vm.prank(ADMIN);
        licensing.grantRole(freezerRole, address(disputes));
        vm.prank(ADMIN);
        licensing.grantRole(revokerRole, address(disputes));
        vm.prank(ADMIN);
        disputes.setBond(BOND);
        vm.prank(ADMIN);
        disputes.setAppealWindow(APPEAL_WINDOW);
    }

    function _evidence() internal pure returns (bytes memory) {
        return Works.cid(Works.DAG_JSON_CODEC, keccak256("evidence"));
    }

    function _reason() internal pure returns (bytes memory) {
        return Works.cid(Works.DAG_JSON_CODEC, keccak256("reason"));
    }

    function _none() internal pure returns (uint256[] memory) {
        return new uint256[](0);
    }

    /// @dev CLAIMANT opens an Authorship dispute on the work of setUp with the bond.
    function _open() internal returns (uint256) {
        return _openAs(CLAIMANT, IWorkDisputes.ClaimType.Authorship, 0, BOND);
    }

    function _openAs(address claimant, IWorkDisputes.ClaimType claim, uint256 copiedWorkId, uint256 value)
        internal
        returns (uint256)
    {
        vm.deal(claimant, value);
        vm.prank(claimant);
        return disputes.openDispute{value: value}(workId, contentHash, claim, copiedWorkId, _evidence());
    }

    function _rule(uint256 disputeId, IWorkDisputes.Ruling ruling) internal {
        vm.prank(MODERATOR);
        disputes.rule(disputeId, ruling, _reason(), _none());
    }

    function _appealAs(address party, uint256 disputeId) internal {
        vm.prank(party);
        disputes.appeal(disputeId, _evidence());
    }

    function _ruleAppeal(uint256 disputeId, IWorkDisputes.Ruling ruling) internal {
        vm.prank(OTHER_MODERATOR);
        disputes.ruleAppeal(disputeId, ruling, _reason(), _none());
    }

    function _status(uint256 disputeId) internal view returns (uint256) {
        return uint256(disputes.getDispute(disputeId).status);
    }
}
