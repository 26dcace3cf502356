// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkLicensing} from "../src/WorkLicensing.sol";
import {WorkRegistry} from "../src/WorkRegistry.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {Assertions} from "./utils/Assertions.sol";
import {TestToken} from "./utils/TestToken.sol";
import {WorkLicensingHandler} from "./handlers/WorkLicensingHandler.sol";

/// @notice Invariants of the money and the licences over random sequences driven by the handler, which starts with
/// three works and six offers so that purchases happen from the first call; sequences are 100 calls long.
/// forge-config: default.invariant.depth = 100
contract WorkLicensingInvariantTest is Assertions {
    /// @dev forge's shape of a target's selectors.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    WorkRegistry internal registry;
    WorkLicensing internal licensing;
    TestToken internal token;
    WorkLicensingHandler internal handler;

    function setUp() public {
        registry = new WorkRegistry();
        licensing = new WorkLicensing(registry, address(this));
        token = new TestToken();
        licensing.setCurrencyAllowed(address(token), true);
        handler = new WorkLicensingHandler(registry, licensing, token);
        licensing.grantRole(licensing.DEFAULT_ADMIN_ROLE(), address(handler));
        licensing.grantRole(licensing.REVOKER_ROLE(), address(handler));
        licensing.grantRole(licensing.FREEZER_ROLE(), address(handler));

        for (uint8 i; i < 3; ++i) {
            handler.registerWork(i, i, i);
        }
        for (uint8 i; i < 6; ++i) {
            handler.createOffer(i, uint128(i) * 1 ether + 1, i % 2 == 1, i, i, i % 2 == 0, i, i);
        }
    }

    /// @dev Read by forge's invariant runner: only the handler is called at random.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// @dev Read by forge's invariant runner: a selector listed n times is called n times as often, so that purchases
    /// and withdrawals make up most of each sequence.
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](16);
        selectors[0] = WorkLicensingHandler.purchase.selector;
        selectors[1] = WorkLicensingHandler.purchase.selector;
        selectors[2] = WorkLicensingHandler.purchase.selector;
        selectors[3] = WorkLicensingHandler.purchase.selector;
        selectors[4] = WorkLicensingHandler.purchase.selector;
        selectors[5] = WorkLicensingHandler.withdraw.selector;
        selectors[6] = WorkLicensingHandler.withdraw.selector;
        selectors[7] = WorkLicensingHandler.registerWork.selector;
        selectors[8] = WorkLicensingHandler.createOffer.selector;
        selectors[9] = WorkLicensingHandler.changeOffer.selector;
        selectors[10] = WorkLicensingHandler.transferLicence.selector;
        selectors[11] = WorkLicensingHandler.transferWork.selector;
        selectors[12] = WorkLicensingHandler.revokeLicence.selector;
        selectors[13] = WorkLicensingHandler.setSalesFrozen.selector;
        selectors[14] = WorkLicensingHandler.setPlatformFee.selector;
        selectors[15] = WorkLicensingHandler.warp.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector(address(handler), selectors);
    }

    function invariant_totalOwedIsTheSumOfEveryBalanceOwed() public view {
        assertEq(licensing.totalOwed(address(0)), handler.sumOwed(address(0)), "native");
        assertEq(licensing.totalOwed(address(token)), handler.sumOwed(address(token)), "token");
    }

    function invariant_theContractHoldsExactlyWhatItOwes() public view {
        assertEq(address(licensing).balance, licensing.totalOwed(address(0)), "native");
        assertEq(token.balanceOf(address(licensing)), licensing.totalOwed(address(token)), "token");
    }

    function invariant_owedIsWhatWasPaidMinusWhatWasWithdrawn() public view {
        assertEq(licensing.totalOwed(address(0)), handler.paid(address(0)) - handler.withdrawn(address(0)), "native");
        assertEq(
            licensing.totalOwed(address(token)),
            handler.paid(address(token)) - handler.withdrawn(address(token)),
            "token"
        );
    }

    /// @dev Splits pay out in full: the credits of each purchase add up to its price, whatever the fee and rounding.
    function invariant_everyPaymentIsCreditedInFull() public view {
        assertEq(handler.credited(address(0)), handler.paid(address(0)), "native");
        assertEq(handler.credited(address(token)), handler.paid(address(token)), "token");
    }

    function invariant_everySplitSumsTo10000AndIsTheWorks() public view {
        uint256 count = handler.workCount();
        for (uint256 i; i < count; ++i) {
            uint256 workId = handler.workIds(i);
            (address[] memory recipients, uint16[] memory shares) = handler.splitOf(workId);
            uint256 sum;
            for (uint256 j; j < shares.length; ++j) {
                sum += shares[j];
            }
            assertEq(sum, 10_000, "split sum");
            assertTrue(registry.isSplitOf(workId, handler.contentHashOf(workId), recipients, shares), "isSplitOf");
        }
    }

    function invariant_anExclusiveOfferNeverHasTwoLiveLicences() public view {
        uint256 offers = licensing.totalOffers();
        uint256[] memory live = new uint256[](offers + 1);
        uint256[] memory sold = new uint256[](offers + 1);
        uint256 licences = licensing.totalLicences();
        for (uint256 licenceId = 1; licenceId <= licences; ++licenceId) {
            uint256 offerId = licensing.getLicence(licenceId).offerId;
            ++sold[offerId];
            if (licensing.isLicenceValid(licenceId)) ++live[offerId];
        }
        for (uint256 offerId = 1; offerId <= offers; ++offerId) {
            IWorkLicensing.Offer memory offer = licensing.getOffer(offerId);
            if (offer.exclusive) assertTrue(live[offerId] <= 1, "live licences of an exclusive offer");
            assertEq(offer.sold, sold[offerId], "sold");
            if (offer.maxSupply != 0) assertTrue(offer.sold <= offer.maxSupply, "sold within the cap");
        }
    }

    /// @dev Every licence is valid exactly while the handler's record says so (bought, not revoked, not expired), and
    /// isLicenceValidFor says yes for its holder, work and usage then, and never for anyone or anything else.
    function invariant_isLicenceValidForAgreesWithWhatWasBoughtTransferredAndRevoked() public view {
        uint256 licences = licensing.totalLicences();
        assertEq(licences, handler.purchases(), "totalLicences");
        for (uint256 licenceId = 1; licenceId <= licences; ++licenceId) {
            WorkLicensingHandler.GhostLicence memory ghost = handler.ghostLicence(licenceId);
            // forge-lint: disable-next-line(block-timestamp)
            bool valid = !ghost.revoked && (ghost.validUntil == 0 || block.timestamp < ghost.validUntil);
            assertEq(licensing.ownerOf(licenceId), ghost.holder, "holder");
            assertTrue(licensing.isLicenceValid(licenceId) == valid, "isLicenceValid");
            for (uint256 a; a < handler.ACTOR_COUNT(); ++a) {
                address account = handler.actor(a);
                bool expected = valid && account == ghost.holder;
                assertTrue(
                    licensing.isLicenceValidFor(licenceId, account, ghost.workId, ghost.usage) == expected,
                    "isLicenceValidFor the licence's work and usage"
                );
                assertTrue(
                    !licensing.isLicenceValidFor(licenceId, account, ghost.workId, (ghost.usage + 1) % 5),
                    "isLicenceValidFor another usage"
                );
                assertTrue(
                    !licensing.isLicenceValidFor(licenceId, account, ghost.workId + 1, ghost.usage),
                    "isLicenceValidFor another work"
                );
            }
        }
    }
}
