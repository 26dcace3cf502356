// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkLicensing} from "../../src/WorkLicensing.sol";
import {WorkRegistry} from "../../src/WorkRegistry.sol";
import {IWorkLicensing} from "../../src/interfaces/IWorkLicensing.sol";
import {Assertions} from "./Assertions.sol";
import {TestToken} from "./TestToken.sol";
import {vm} from "./Vm.sol";
import {Works} from "./Works.sol";

/// @notice A registry with one registered work (a three-way split), the licensing contract administered by ADMIN with
/// a test token on its allow-list, and helpers to make offers and buy them.
abstract contract WorkLicensingTestBase is Assertions {
    address internal constant ADMIN = address(0xAD);
    address internal constant CREATOR = address(0xC0FFEE);
    address internal constant CO_AUTHOR = address(0xB0B);
    address internal constant PUBLISHER = address(0xD0C);
    address internal constant BUYER = address(0xB1);
    address internal constant OTHER_BUYER = address(0xB2);
    address internal constant FEE_RECIPIENT = address(0xFEE);
    address internal constant STRANGER = address(0x5757);
    address internal constant NATIVE = address(0);

    uint128 internal constant PRICE = 1 ether;
    uint32 internal constant DURATION_DAYS = 30;
    uint8 internal constant COMMERCIAL = uint8(IWorkLicensing.Usage.Commercial);
    uint8 internal constant PERSONAL = uint8(IWorkLicensing.Usage.Personal);

    WorkRegistry internal registry;
    WorkLicensing internal licensing;
    TestToken internal token;

    /// @dev The work registered in setUp: CREATOR 60 %, CO_AUTHOR 30 %, PUBLISHER 10 %.
    uint256 internal workId;
    bytes32 internal contentHash;
    address[] internal recipients;
    uint16[] internal shares;

    /// @dev The conditions of an offer, as createOffer takes them after the work.
    struct Terms {
        uint128 price;
        address currency;
        uint32 durationDays;
        uint8 usage;
        bytes2[] territories;
        bool exclusive;
        bool transferable;
        uint32 maxSupply;
        bytes termsCid;
    }

    function setUp() public virtual {
        registry = new WorkRegistry();
        licensing = new WorkLicensing(registry, ADMIN);
        token = new TestToken();
        vm.prank(ADMIN);
        licensing.setCurrencyAllowed(address(token), true);

        (address[] memory split, uint16[] memory splitShares) =
            Works.split(CREATOR, 6_000, CO_AUTHOR, 3_000, PUBLISHER, 1_000);
        (recipients, shares) = (split, splitShares);
        contentHash = Works.contentHash("poem");
        workId = _register(CREATOR, contentHash, split, splitShares);
    }

    /// @dev 1 ether in the native coin, 30 days, commercial use in Germany and France, not exclusive, transferable,
    /// no cap.
    function _terms() internal pure returns (Terms memory terms) {
        terms.price = PRICE;
        terms.currency = NATIVE;
        terms.durationDays = DURATION_DAYS;
        terms.usage = COMMERCIAL;
        terms.territories = new bytes2[](2);
        (terms.territories[0], terms.territories[1]) = ("DE", "FR");
        terms.transferable = true;
        terms.termsCid = Works.cid(Works.DAG_JSON_CODEC, keccak256("terms"));
    }

    function _register(address creator, bytes32 hash, address[] memory split, uint16[] memory splitShares)
        internal
        returns (uint256)
    {
        vm.prank(creator);
        return registry.register(hash, Works.cid(Works.RAW_CODEC, hash), "", 0, split, splitShares);
    }

    /// @dev An offer by CREATOR on the work of setUp.
    function _createOffer(Terms memory terms) internal returns (uint256) {
        return _createOfferAs(CREATOR, workId, contentHash, terms);
    }

    function _createOfferAs(address seller, uint256 work, bytes32 hash, Terms memory terms) internal returns (uint256) {
        vm.prank(seller);
        return licensing.createOffer(
            work,
            hash,
            terms.price,
            terms.currency,
            terms.durationDays,
            terms.usage,
            terms.territories,
            terms.exclusive,
            terms.transferable,
            terms.maxSupply,
            terms.termsCid
        );
    }

    /// @dev `buyer` pays `value` in the native coin for a licence under `offerId` of the work of setUp, with its
    /// registered split. Only cheatcodes run before the purchase, so a test may expect a revert before calling it.
    function _purchase(address buyer, uint256 offerId, uint256 value) internal returns (uint256) {
        vm.deal(buyer, value);
        vm.prank(buyer);
        return licensing.purchase{value: value}(offerId, recipients, shares);
    }

    /// @dev `buyer` pays an offer in the native coin at its price.
    function _buy(address buyer, uint256 offerId) internal returns (uint256) {
        return _purchase(buyer, offerId, licensing.getOffer(offerId).price);
    }

    /// @dev `buyer` pays a token offer: gets the price minted and approves it first.
    function _buyWithToken(address buyer, uint256 offerId) internal returns (uint256) {
        _fundWithToken(buyer, licensing.getOffer(offerId).price);
        return _purchase(buyer, offerId, 0);
    }

    /// @dev Mints `amount` of the test token to `buyer`, who approves the licensing contract for it.
    function _fundWithToken(address buyer, uint256 amount) internal {
        token.mint(buyer, amount);
        vm.prank(buyer);
        token.approve(address(licensing), amount);
    }

    function _tokenTerms() internal view returns (Terms memory terms) {
        terms = _terms();
        terms.currency = address(token);
        terms.price = 500e18;
    }
}
