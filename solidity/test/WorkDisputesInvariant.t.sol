// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkDisputes} from "../src/WorkDisputes.sol";
import {WorkLicensing} from "../src/WorkLicensing.sol";
import {WorkRegistry} from "../src/WorkRegistry.sol";
import {IWorkDisputes} from "../src/interfaces/IWorkDisputes.sol";
import {Assertions} from "./utils/Assertions.sol";
import {vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";
import {WorkDisputesHandler} from "./handlers/WorkDisputesHandler.sol";

/// @notice No bond is lost: over random sequences of disputes, rulings, appeals, settlements and withdrawals, the bonds
/// held plus the balances owed are exactly what the contract holds and what was paid in minus what was withdrawn.
/// forge-config: default.invariant.depth = 100
contract WorkDisputesInvariantTest is Assertions {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    WorkRegistry internal registry;
    WorkLicensing internal licensing;
    WorkDisputes internal disputes;
    WorkDisputesHandler internal handler;

    function setUp() public {
        registry = new WorkRegistry();
        licensing = new WorkLicensing(registry, address(this));
        disputes = new WorkDisputes(registry, licensing, address(this));
        handler = new WorkDisputesHandler(registry, disputes);
        licensing.setPlatformFee(0, handler.actor(0));
        licensing.grantRole(licensing.FREEZER_ROLE(), address(disputes));
        registry.grantRole(registry.MODERATOR_ROLE(), handler.MODERATOR());
        registry.grantRole(registry.MODERATOR_ROLE(), handler.OTHER_MODERATOR());
        disputes.grantRole(disputes.DEFAULT_ADMIN_ROLE(), address(handler));
        disputes.setBond(1 ether);
        disputes.setAppealWindow(2 days);
        for (uint256 workId = 1; workId <= handler.WORK_COUNT(); ++workId) {
            address creator = handler.actor(workId);
            (address[] memory split, uint16[] memory shares) = Works.soleSplit(creator);
            bytes32 contentHash = handler.contentHashOf(workId);
            vm.prank(creator);
            registry.register(contentHash, Works.cid(Works.RAW_CODEC, contentHash), "", 0, split, shares);
        }
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = WorkDisputesHandler.open.selector;
        selectors[1] = WorkDisputesHandler.open.selector;
        selectors[2] = WorkDisputesHandler.rule.selector;
        selectors[3] = WorkDisputesHandler.rule.selector;
        selectors[4] = WorkDisputesHandler.appeal.selector;
        selectors[5] = WorkDisputesHandler.ruleAppeal.selector;
        selectors[6] = WorkDisputesHandler.settle.selector;
        selectors[7] = WorkDisputesHandler.withdraw.selector;
        selectors[8] = WorkDisputesHandler.setBond.selector;
        selectors[9] = WorkDisputesHandler.warp.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector(address(handler), selectors);
    }

    function invariant_heldBondsPlusBalancesOwedAreTheContractsBalance() public view {
        assertEq(address(disputes).balance, disputes.totalHeld() + disputes.totalOwed(), "balance");
    }

    function invariant_noBondIsLost() public view {
        assertEq(disputes.totalHeld() + disputes.totalOwed(), handler.paidIn() - handler.withdrawn(), "paid in");
    }

    function invariant_heldIsTheBondsOfDisputesNotYetFinal() public view {
        uint256 held;
        uint256 count = disputes.totalDisputes();
        for (uint256 disputeId = 1; disputeId <= count; ++disputeId) {
            IWorkDisputes.Dispute memory dispute = disputes.getDispute(disputeId);
            if (dispute.status != IWorkDisputes.Status.Closed) held += dispute.bond;
        }
        assertEq(disputes.totalHeld(), held, "held");
    }

    function invariant_totalOwedIsTheSumOfTheActorsBalances() public view {
        uint256 sum;
        for (uint256 i; i < handler.ACTOR_COUNT(); ++i) {
            sum += disputes.owed(handler.actor(i));
        }
        assertEq(disputes.totalOwed(), sum, "owed");
    }
}
