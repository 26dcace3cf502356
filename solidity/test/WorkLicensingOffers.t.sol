// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {WorkLicensing} from "../src/WorkLicensing.sol";
import {IWorkLicensing} from "../src/interfaces/IWorkLicensing.sol";
import {IWorkRegistry} from "../src/interfaces/IWorkRegistry.sol";
import {WorkLicensingTestBase} from "./utils/WorkLicensingTestBase.sol";
import {vm} from "./utils/Vm.sol";
import {Works} from "./utils/Works.sol";

/// @notice The constructor and an offer's life: createOffer, pauseOffer, resumeOffer, withdrawOffer.
contract WorkLicensingOffersTest is WorkLicensingTestBase {
    // ---- constructor ----

    function test_constructor_namesTheTokenAndSetsUpTheAdmin() public view {
        assertEq(keccak256(bytes(licensing.name())), keccak256("Registry Licence"), "name");
        assertEq(keccak256(bytes(licensing.symbol())), keccak256("LICENCE"), "symbol");
        assertEq(address(licensing.registry()), address(registry), "registry");
        assertTrue(licensing.hasRole(licensing.DEFAULT_ADMIN_ROLE(), ADMIN), "admin role");
        assertTrue(!licensing.hasRole(licensing.DEFAULT_ADMIN_ROLE(), address(this)), "deployer is not admin");
        assertEq(licensing.feeRecipient(), ADMIN, "fee recipient");
        assertEq(licensing.platformFeeBps(), 0, "fee");
        assertEq(licensing.MAX_PLATFORM_FEE_BPS(), 1_000, "fee cap");
        assertEq(licensing.totalOffers(), 0, "totalOffers");
        assertEq(licensing.totalLicences(), 0, "totalLicences");
    }

    function test_constructor_emitsTheStartingFee() public {
        vm.expectEmit(true, true, true, true);
        emit IWorkLicensing.PlatformFeeChanged(0, ADMIN);
        new WorkLicensing(registry, ADMIN);
    }

    function test_constructor_revertsWhenRegistryHasNoCode() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingInvalidRegistry.selector, STRANGER));
        new WorkLicensing(IWorkRegistry(STRANGER), ADMIN);
    }

    function test_constructor_revertsWhenAdminIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingZeroAdmin.selector));
        new WorkLicensing(registry, address(0));
    }

    // ---- createOffer ----

    function test_createOffer_storesWhatPurchasesNeed() public {
        Terms memory terms = _terms();
        terms.exclusive = true;
        terms.maxSupply = 5;

        uint256 offerId = _createOffer(terms);

        IWorkLicensing.Offer memory offer = licensing.getOffer(offerId);
        assertEq(offerId, 1, "offer id");
        assertEq(offer.seller, CREATOR, "seller");
        assertEq(offer.workId, workId, "workId");
        assertEq(uint8(offer.usage), COMMERCIAL, "usage");
        assertEq(uint8(offer.status), uint8(IWorkLicensing.OfferStatus.Active), "status");
        assertTrue(offer.exclusive, "exclusive");
        assertTrue(offer.transferable, "transferable");
        assertEq(offer.currency, NATIVE, "currency");
        assertEq(offer.durationDays, DURATION_DAYS, "durationDays");
        assertEq(offer.maxSupply, 5, "maxSupply");
        assertEq(offer.sold, 0, "sold");
        assertEq(offer.price, PRICE, "price");
        assertEq(offer.exclusiveLicenceId, 0, "exclusiveLicenceId");
        assertEq(offer.contentHash, contentHash, "contentHash");
        assertEq(licensing.totalOffers(), 1, "totalOffers");
    }

    function test_createOffer_emitsOfferCreatedWithEveryTerm() public {
        Terms memory terms = _terms();

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.OfferCreated(
            1,
            workId,
            CREATOR,
            PRICE,
            NATIVE,
            DURATION_DAYS,
            COMMERCIAL,
            terms.territories,
            false,
            true,
            0,
            terms.termsCid
        );
        _createOffer(terms);
    }

    function test_createOffer_assignsSequentialIdsAcrossWorks() public {
        bytes32 otherHash = Works.contentHash("song");
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(STRANGER);
        uint256 otherWork = _register(STRANGER, otherHash, split, splitShares);

        assertEq(_createOffer(_terms()), 1, "first");
        assertEq(_createOfferAs(STRANGER, otherWork, otherHash, _terms()), 2, "second");
        assertEq(_createOffer(_terms()), 3, "third");
        assertEq(licensing.getOffer(2).seller, STRANGER, "seller of the second");
    }

    function test_createOffer_acceptsAnAllowedTokenWorldwidePerpetualAndEveryUsage() public {
        Terms memory terms = _tokenTerms();
        terms.territories = new bytes2[](0);
        terms.durationDays = 0;
        for (uint8 usage; usage <= uint8(type(IWorkLicensing.Usage).max); ++usage) {
            terms.usage = usage;
            uint256 offerId = _createOffer(terms);
            assertEq(uint8(licensing.getOffer(offerId).usage), usage, "usage");
            assertEq(licensing.getOffer(offerId).currency, address(token), "currency");
        }
    }

    function test_createOffer_revertsWhenContentHashIsNotRegistered() public {
        bytes32 unregistered = Works.contentHash("unregistered");

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkNotFound.selector, workId, unregistered));
        _createOfferAs(CREATOR, workId, unregistered, _terms());
    }

    function test_createOffer_revertsWhenContentHashIsAnotherWorks() public {
        bytes32 otherHash = Works.contentHash("song");
        (address[] memory split, uint16[] memory splitShares) = Works.soleSplit(CREATOR);
        _register(CREATOR, otherHash, split, splitShares);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkNotFound.selector, workId, otherHash));
        _createOfferAs(CREATOR, workId, otherHash, _terms());
    }

    function test_createOffer_revertsWhenWorkIdIsZero() public {
        bytes32 unregistered = Works.contentHash("unregistered");

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingWorkNotFound.selector, 0, unregistered));
        _createOfferAs(CREATOR, 0, unregistered, _terms());
    }

    function test_createOffer_revertsWhenCallerDoesNotOwnTheWork() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotWorkOwner.selector, workId, CO_AUTHOR));
        _createOfferAs(CO_AUTHOR, workId, contentHash, _terms());
    }

    function test_createOffer_revertsWhenCallerNoLongerOwnsTheWork() public {
        vm.prank(CREATOR);
        registry.transferFrom(CREATOR, STRANGER, workId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotWorkOwner.selector, workId, CREATOR));
        _createOffer(_terms());
    }

    function test_createOffer_revertsWhenPriceIsZero() public {
        Terms memory terms = _terms();
        terms.price = 0;

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingZeroPrice.selector));
        _createOffer(terms);
    }

    function test_createOffer_revertsWhenTokenIsNotAllowed() public {
        Terms memory terms = _terms();
        terms.currency = STRANGER;

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingCurrencyNotAllowed.selector, STRANGER));
        _createOffer(terms);
    }

    function test_createOffer_revertsWhenUsageIsUnknown() public {
        Terms memory terms = _terms();
        terms.usage = 5;

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingInvalidUsage.selector, 5));
        _createOffer(terms);
    }

    function test_createOffer_revertsWithTheIndexOfALowercaseTerritory() public {
        Terms memory terms = _terms();
        terms.territories[1] = "fr";

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingInvalidTerritory.selector, 1, bytes2("fr")));
        _createOffer(terms);
    }

    function test_createOffer_revertsWhenATerritoryIsOneLetter() public {
        Terms memory terms = _terms();
        terms.territories[0] = bytes2(bytes1("D"));

        vm.expectRevert(
            abi.encodeWithSelector(IWorkLicensing.WorkLicensingInvalidTerritory.selector, 0, bytes2(bytes1("D")))
        );
        _createOffer(terms);
    }

    /// @dev Every code whose two bytes are not both in 'A'..'Z' is refused (the bytes around the range included).
    function testFuzz_createOffer_acceptsATerritoryOnlyWhenTwoUppercaseLetters(bytes2 code) public {
        Terms memory terms = _terms();
        terms.territories[1] = code;
        bool valid = code[0] >= "A" && code[0] <= "Z" && code[1] >= "A" && code[1] <= "Z";

        if (!valid) {
            vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingInvalidTerritory.selector, 1, code));
        }
        _createOffer(terms);

        assertEq(licensing.totalOffers(), valid ? 1 : 0, "totalOffers");
    }

    function test_createOffer_revertsWhenTermsCidIsEmpty() public {
        Terms memory terms = _terms();
        terms.termsCid = "";

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingEmptyTermsCid.selector));
        _createOffer(terms);
    }

    // ---- pauseOffer ----

    function test_pauseOffer_stopsTheOfferAndEmits() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.OfferPaused(offerId);
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        assertEq(uint8(licensing.getOffer(offerId).status), uint8(IWorkLicensing.OfferStatus.Paused), "status");
    }

    function test_pauseOffer_revertsWhenOfferDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferNotFound.selector, 7));
        vm.prank(CREATOR);
        licensing.pauseOffer(7);
    }

    function test_pauseOffer_revertsWhenCallerIsNotTheSeller() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotOfferSeller.selector, offerId, CO_AUTHOR));
        vm.prank(CO_AUTHOR);
        licensing.pauseOffer(offerId);
    }

    function test_pauseOffer_revertsWhenAlreadyPaused() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferPaused.selector, offerId));
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);
    }

    function test_pauseOffer_revertsWhenWithdrawn() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferWithdrawn.selector, offerId));
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);
    }

    // ---- resumeOffer ----

    function test_resumeOffer_reactivatesAPausedOfferAndEmits() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.OfferResumed(offerId);
        vm.prank(CREATOR);
        licensing.resumeOffer(offerId);

        assertEq(uint8(licensing.getOffer(offerId).status), uint8(IWorkLicensing.OfferStatus.Active), "status");
        _buy(BUYER, offerId);
    }

    function test_resumeOffer_revertsWhenOfferDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferNotFound.selector, 7));
        vm.prank(CREATOR);
        licensing.resumeOffer(7);
    }

    function test_resumeOffer_revertsWhenCallerIsNotTheSeller() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotOfferSeller.selector, offerId, STRANGER));
        vm.prank(STRANGER);
        licensing.resumeOffer(offerId);
    }

    function test_resumeOffer_revertsWhenNotPaused() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferNotPaused.selector, offerId));
        vm.prank(CREATOR);
        licensing.resumeOffer(offerId);
    }

    function test_resumeOffer_revertsWhenWithdrawn() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferWithdrawn.selector, offerId));
        vm.prank(CREATOR);
        licensing.resumeOffer(offerId);
    }

    // ---- withdrawOffer ----

    function test_withdrawOffer_endsTheOfferForGoodAndEmits() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectEmit(true, true, true, true, address(licensing));
        emit IWorkLicensing.OfferWithdrawn(offerId);
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        assertEq(uint8(licensing.getOffer(offerId).status), uint8(IWorkLicensing.OfferStatus.Withdrawn), "status");
    }

    function test_withdrawOffer_acceptsAPausedOffer() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.pauseOffer(offerId);

        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        assertEq(uint8(licensing.getOffer(offerId).status), uint8(IWorkLicensing.OfferStatus.Withdrawn), "status");
    }

    function test_withdrawOffer_keepsTheLicencesSold() public {
        uint256 offerId = _createOffer(_terms());
        uint256 licenceId = _buy(BUYER, offerId);

        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        assertTrue(licensing.isLicenceValid(licenceId), "licence valid");
    }

    function test_withdrawOffer_revertsWhenOfferDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferNotFound.selector, 7));
        vm.prank(CREATOR);
        licensing.withdrawOffer(7);
    }

    function test_withdrawOffer_revertsWhenCallerIsNotTheSeller() public {
        uint256 offerId = _createOffer(_terms());

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingNotOfferSeller.selector, offerId, ADMIN));
        vm.prank(ADMIN);
        licensing.withdrawOffer(offerId);
    }

    function test_withdrawOffer_revertsWhenWithdrawnAlready() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        vm.expectRevert(abi.encodeWithSelector(IWorkLicensing.WorkLicensingOfferWithdrawn.selector, offerId));
        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);
    }

    /// @dev After the work changed hands the former owner can still take down their stale offer.
    function test_withdrawOffer_byTheSellerAfterTheWorkChangedHands() public {
        uint256 offerId = _createOffer(_terms());
        vm.prank(CREATOR);
        ERC721(address(registry)).transferFrom(CREATOR, STRANGER, workId);

        vm.prank(CREATOR);
        licensing.withdrawOffer(offerId);

        assertEq(uint8(licensing.getOffer(offerId).status), uint8(IWorkLicensing.OfferStatus.Withdrawn), "status");
    }
}
