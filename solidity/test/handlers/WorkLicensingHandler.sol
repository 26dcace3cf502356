// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WorkLicensing} from "../../src/WorkLicensing.sol";
import {WorkRegistry} from "../../src/WorkRegistry.sol";
import {IWorkLicensing} from "../../src/interfaces/IWorkLicensing.sol";
import {TestToken} from "../utils/TestToken.sol";
import {vm} from "../utils/Vm.sol";
import {Works} from "../utils/Works.sol";

/// @notice Drives the licensing contract with random works, offers, purchases (some with a wrong split), withdrawals,
/// licence and work transfers, revocations, freezes, fee changes and the passing of time, among five actors. It
/// predicts whether each call must succeed and reverts only when the contract disagrees, and it keeps the ghost state
/// the invariants compare with: what was paid in, credited, and withdrawn, per currency, and what each licence grants
/// to whom, recorded from the handler's own calls rather than read back from the contract.
/// @dev The handler holds the admin, revoker and freezer roles; every account ever credited is one of the actors.
contract WorkLicensingHandler {
    error OutcomeUnexpected(string what);

    /// @dev A licence as the handler knows it from buying, transferring and revoking it.
    struct GhostLicence {
        address holder;
        uint256 workId;
        uint8 usage;
        uint64 validUntil;
        bool revoked;
    }

    uint256 public constant ACTOR_COUNT = 5;

    WorkRegistry public immutable registry;
    WorkLicensing public immutable licensing;
    TestToken public immutable token;

    uint256[] public workIds;
    mapping(uint256 workId => bytes32) public contentHashOf;
    mapping(uint256 workId => address[]) internal _recipients;
    mapping(uint256 workId => uint16[]) internal _shares;
    uint256[] public offerIds;

    mapping(address currency => uint256) public paid;
    mapping(address currency => uint256) public credited;
    mapping(address currency => uint256) public withdrawn;
    uint256 public purchases;
    mapping(uint256 licenceId => GhostLicence) internal _licences;
    uint256 internal _nonce;

    constructor(WorkRegistry registry_, WorkLicensing licensing_, TestToken token_) {
        (registry, licensing, token) = (registry_, licensing_, token_);
    }

    function actor(uint256 index) public pure returns (address) {
        return address(uint160(0xA1 + index % ACTOR_COUNT));
    }

    // ---- works and offers ----

    /// @dev A work of a random actor with 1–4 recipients drawn from the actors (repeats allowed), shares summing to
    /// 10,000.
    function registerWork(uint256 seed, uint8 rawCount, uint8 creatorIndex) public {
        uint256 count = 1 + rawCount % 4;
        address[] memory recipients = new address[](count);
        uint16[] memory shares = new uint16[](count);
        uint256 remaining = 10_000;
        for (uint256 i; i < count; ++i) {
            recipients[i] = actor(uint256(keccak256(abi.encode(seed, i))));
            if (i == count - 1) {
                shares[i] = uint16(remaining);
                break;
            }
            uint256 share = 1 + uint256(keccak256(abi.encode(seed, i, "share"))) % (remaining - (count - 1 - i));
            shares[i] = uint16(share);
            remaining -= share;
        }
        bytes32 contentHash = keccak256(abi.encode("work", _nonce++));
        vm.prank(actor(creatorIndex));
        uint256 workId =
            registry.register(contentHash, Works.cid(Works.RAW_CODEC, contentHash), "", 0, recipients, shares);
        workIds.push(workId);
        contentHashOf[workId] = contentHash;
        (_recipients[workId], _shares[workId]) = (recipients, shares);
    }

    /// @dev An offer by the work's current owner: price up to 10 ether (or tokens); a quarter perpetual, else 1–10 days;
    /// a quarter exclusive; half without a cap, else a cap of 1–4.
    function createOffer(
        uint256 workIndex,
        uint128 rawPrice,
        bool inToken,
        uint8 rawDuration,
        uint8 rawExclusive,
        bool transferable,
        uint8 rawCap,
        uint8 rawUsage
    ) public {
        if (workIds.length == 0) return;
        uint256 workId = workIds[workIndex % workIds.length];
        vm.prank(registry.ownerOf(workId));
        uint256 offerId = licensing.createOffer(
            workId,
            contentHashOf[workId],
            1 + rawPrice % 10 ether,
            inToken ? address(token) : address(0),
            rawDuration % 4 == 0 ? 0 : 1 + rawDuration % 10,
            rawUsage % 5,
            new bytes2[](0),
            rawExclusive % 4 == 0,
            transferable,
            rawCap % 2 == 0 ? 0 : 1 + rawCap % 4,
            hex"01551220"
        );
        offerIds.push(offerId);
    }

    /// @dev action 0 pauses, 1 resumes, 2 withdraws; by the offer's seller.
    function changeOffer(uint256 offerIndex, uint8 action) external {
        if (offerIds.length == 0) return;
        uint256 offerId = offerIds[offerIndex % offerIds.length];
        IWorkLicensing.Offer memory offer = licensing.getOffer(offerId);
        bytes memory call;
        bool expected;
        if (action % 3 == 0) {
            call = abi.encodeCall(WorkLicensing.pauseOffer, (offerId));
            expected = offer.status == IWorkLicensing.OfferStatus.Active;
        } else if (action % 3 == 1) {
            call = abi.encodeCall(WorkLicensing.resumeOffer, (offerId));
            expected = offer.status == IWorkLicensing.OfferStatus.Paused;
        } else {
            call = abi.encodeCall(WorkLicensing.withdrawOffer, (offerId));
            expected = offer.status != IWorkLicensing.OfferStatus.Withdrawn;
        }
        vm.prank(offer.seller);
        (bool succeeded,) = address(licensing).call(call);
        if (succeeded != expected) revert OutcomeUnexpected("offer change");
    }

    // ---- purchases and withdrawals ----

    /// @dev One time in eight the split is tampered with (shares moved, or another recipient), which must be refused.
    function purchase(uint256 offerIndex, uint8 buyerIndex, uint8 tamper) external {
        if (offerIds.length == 0) return;
        uint256 offerId = offerIds[offerIndex % offerIds.length];
        IWorkLicensing.Offer memory offer = licensing.getOffer(offerId);
        address buyer = actor(buyerIndex);
        (address[] memory recipients, uint16[] memory shares, bool tampered) =
            _splitToPay(offer.workId, tamper % 8 == 0);
        bool expected = !tampered && _purchasable(offer, buyer);

        uint256 value = _fund(buyer, offer.currency, offer.price);
        uint256 owedBefore = sumOwed(offer.currency);
        vm.prank(buyer);
        try licensing.purchase{value: value}(offerId, recipients, shares) returns (uint256 licenceId) {
            if (!expected) revert OutcomeUnexpected("a refused purchase was accepted");
            if (licensing.ownerOf(licenceId) != buyer) revert OutcomeUnexpected("licence not minted to the buyer");
            uint64 validUntil =
                offer.durationDays == 0 ? 0 : uint64(block.timestamp + uint256(offer.durationDays) * 1 days);
            _licences[licenceId] = GhostLicence(buyer, offer.workId, uint8(offer.usage), validUntil, false);
            paid[offer.currency] += offer.price;
            credited[offer.currency] += sumOwed(offer.currency) - owedBefore;
            ++purchases;
        } catch {
            if (expected) revert OutcomeUnexpected("a valid purchase was refused");
        }
    }

    function withdraw(uint8 actorIndex, bool inToken) external {
        address account = actor(actorIndex);
        address currency = inToken ? address(token) : address(0);
        uint256 amount = licensing.owed(currency, account);
        uint256 before = _balanceOf(currency, account);
        vm.prank(account);
        try licensing.withdraw(currency) returns (uint256 sent) {
            if (amount == 0 || sent != amount) revert OutcomeUnexpected("withdrawal of the wrong amount");
            if (_balanceOf(currency, account) - before != amount) revert OutcomeUnexpected("amount not received");
            withdrawn[currency] += amount;
        } catch {
            if (amount != 0) revert OutcomeUnexpected("withdrawal of a balance owed refused");
        }
    }

    // ---- transfers, rulings, administration, time ----

    function transferLicence(uint256 licenceIndex, uint8 toIndex) external {
        uint256 total = licensing.totalLicences();
        if (total == 0) return;
        uint256 licenceId = 1 + licenceIndex % total;
        address from = licensing.ownerOf(licenceId);
        bool transferable = licensing.getLicence(licenceId).transferable;
        address to = actor(toIndex);
        vm.prank(from);
        try licensing.transferFrom(from, to, licenceId) {
            if (!transferable) revert OutcomeUnexpected("a non-transferable licence moved");
            _licences[licenceId].holder = to;
        } catch {
            if (transferable) revert OutcomeUnexpected("a transferable licence did not move");
        }
    }

    function transferWork(uint256 workIndex, uint8 toIndex) external {
        if (workIds.length == 0) return;
        uint256 workId = workIds[workIndex % workIds.length];
        address owner = registry.ownerOf(workId);
        vm.prank(owner);
        registry.transferFrom(owner, actor(toIndex), workId);
    }

    function revokeLicence(uint256 licenceIndex) external {
        uint256 total = licensing.totalLicences();
        if (total == 0) return;
        uint256 licenceId = 1 + licenceIndex % total;
        bool revokedAlready = licensing.getLicence(licenceId).revoked;
        try licensing.revokeLicence(licenceId) {
            if (revokedAlready) revert OutcomeUnexpected("revoked twice");
            _licences[licenceId].revoked = true;
        } catch {
            if (!revokedAlready) revert OutcomeUnexpected("revocation refused");
        }
    }

    /// @dev Freezes one time in four, else unfreezes, so that most works keep selling.
    function setSalesFrozen(uint256 workIndex, uint8 roll) external {
        if (workIds.length == 0) return;
        licensing.setSalesFrozen(workIds[workIndex % workIds.length], roll % 4 == 0);
    }

    function setPlatformFee(uint16 rawFee, uint8 recipientIndex) external {
        licensing.setPlatformFee(rawFee % (licensing.MAX_PLATFORM_FEE_BPS() + 1), actor(recipientIndex));
    }

    function warp(uint32 rawSeconds) external {
        vm.warp(block.timestamp + rawSeconds % 3 days);
    }

    // ---- read by the invariants ----

    function workCount() external view returns (uint256) {
        return workIds.length;
    }

    function offerCount() external view returns (uint256) {
        return offerIds.length;
    }

    function splitOf(uint256 workId) external view returns (address[] memory, uint16[] memory) {
        return (_recipients[workId], _shares[workId]);
    }

    function ghostLicence(uint256 licenceId) external view returns (GhostLicence memory) {
        return _licences[licenceId];
    }

    /// @dev What the actors are owed together in `currency`; since only actors are ever credited, all that is owed.
    function sumOwed(address currency) public view returns (uint256 sum) {
        for (uint256 i; i < ACTOR_COUNT; ++i) {
            sum += licensing.owed(currency, actor(i));
        }
    }

    // ---- internals ----

    function _purchasable(IWorkLicensing.Offer memory offer, address buyer) internal view returns (bool) {
        address owner = registry.ownerOf(offer.workId);
        return offer.status == IWorkLicensing.OfferStatus.Active && !licensing.isSalesFrozen(offer.workId)
            && (offer.maxSupply == 0 || offer.sold < offer.maxSupply)
            && (offer.exclusiveLicenceId == 0 || !licensing.isLicenceValid(offer.exclusiveLicenceId))
            && owner == offer.seller && buyer != owner;
    }

    function _splitToPay(uint256 workId, bool tamper)
        internal
        view
        returns (address[] memory recipients, uint16[] memory shares, bool tampered)
    {
        recipients = _recipients[workId];
        shares = _shares[workId];
        if (!tamper) return (recipients, shares, false);
        uint256 last = shares.length - 1;
        if (last != 0 && shares[last] > 1) {
            ++shares[0];
            --shares[last];
        } else {
            recipients[0] = address(0xBAD);
        }
        return (recipients, shares, true);
    }

    /// @dev Gives `buyer` the price: the native coin (returned as the value to send), or tokens approved for the
    /// licensing contract.
    function _fund(address buyer, address currency, uint256 price) internal returns (uint256 value) {
        if (currency == address(0)) {
            vm.deal(buyer, buyer.balance + price);
            return price;
        }
        token.mint(buyer, price);
        vm.prank(buyer);
        token.approve(address(licensing), price);
        return 0;
    }

    function _balanceOf(address currency, address account) internal view returns (uint256) {
        return currency == address(0) ? account.balance : token.balanceOf(account);
    }
}
