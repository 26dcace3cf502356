// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ERC721Utils} from "@openzeppelin/contracts/token/ERC721/utils/ERC721Utils.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ERC721} from "solady/tokens/ERC721.sol";
import {IWorkLicensing} from "./interfaces/IWorkLicensing.sol";
import {IWorkRegistry} from "./interfaces/IWorkRegistry.sol";
import {PackedLicence} from "./libraries/PackedLicence.sol";

/// @title Licences to registered works
/// @notice See {IWorkLicensing}. Licences are ERC-721 tokens ("Registry Licence", "LICENCE") rather than bare records:
/// wallets and explorers show them to their holders, a transfer is the standard one that every tool understands, and
/// this contract enforces an offer's non-transferability in {_beforeTokenTransfer} (minting is always allowed). The
/// admin given to the constructor sets the platform fee (at most {MAX_PLATFORM_FEE_BPS}) and the ERC-20 allow-list, and
/// grants {REVOKER_ROLE} and {FREEZER_ROLE} (meant for the disputes contract).
/// @dev Solady's ERC-721, because it leaves 96 bits free in each token's owner slot: a licence's record
/// ({PackedLicence}: offer, expiry, revoked) lives there, so a purchase writes one new slot per licence, the owner slot
/// it needs anyway, and {isLicenceValid} reads that slot alone. Payments become pull-payment balances, and `totalOwed`
/// per currency equals what the contract holds. Purchases and withdrawals are non-reentrant and change all state before
/// they call out.
contract WorkLicensing is ERC721, AccessControl, ReentrancyGuardTransient, IWorkLicensing {
    using PackedLicence for uint96;
    using SafeERC20 for IERC20;

    /// @notice Role of the accounts that may revoke licences (the disputes contract); its admin is `DEFAULT_ADMIN_ROLE`.
    bytes32 public constant REVOKER_ROLE = keccak256("REVOKER_ROLE");

    /// @notice Role of the accounts that may freeze a work's sales (the disputes contract); its admin is
    /// `DEFAULT_ADMIN_ROLE`.
    bytes32 public constant FREEZER_ROLE = keccak256("FREEZER_ROLE");

    /// @notice The highest platform fee the admin can set: 1,000 basis points, i.e. 10 %.
    uint16 public constant MAX_PLATFORM_FEE_BPS = 1_000;

    /// @notice The work registry consulted for owners, content hashes and royalty splits.
    IWorkRegistry public immutable registry;

    uint256 private constant _TOTAL_SHARES = 10_000;
    uint8 private constant _USAGE_COUNT = uint8(type(Usage).max) + 1;

    /// @dev These five share one slot, which every purchase in the native coin reads and writes once (the fee
    /// recipient, read only when there is a fee, has its own). The counters cannot overflow: 2^48 licences or 2^40
    /// offers would take over 10^17 gas, and offer ids must stay below 2^45 anyway (see {PackedLicence}). The native
    /// coin's total owed is below 2^128 wei, more than all the coins in existence. While no work is frozen, which is
    /// the usual state, a purchase skips reading its work's frozen flag (a slot of its own).
    uint48 private _licenceCount;
    uint16 private _platformFeeBps;
    uint128 private _nativeTotalOwed;
    uint40 private _offerCount;
    uint24 private _frozenWorkCount;

    address private _feeRecipient;

    mapping(uint256 offerId => Offer) private _offers;
    mapping(address currency => mapping(address account => uint256 amount)) private _owed;
    /// @dev For ERC-20 tokens; the native coin's is `_nativeTotalOwed`.
    mapping(address currency => uint256 amount) private _totalOwed;
    mapping(address currency => bool allowed) private _allowedCurrencies;
    mapping(uint256 workId => bool frozen) private _salesFrozen;

    /// @param registry_ The work registry; must be a contract.
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE` and first fee recipient (the fee starts at zero).
    constructor(IWorkRegistry registry_, address admin) {
        if (address(registry_).code.length == 0) revert WorkLicensingInvalidRegistry(address(registry_));
        if (admin == address(0)) revert WorkLicensingZeroAdmin();
        registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _feeRecipient = admin;
        emit PlatformFeeChanged(0, admin);
    }

    // ---- offers ----

    /// @inheritdoc IWorkLicensing
    function createOffer(
        uint256 workId,
        bytes32 contentHash,
        uint128 price,
        address currency,
        uint32 durationDays,
        uint8 usage,
        bytes2[] calldata territories,
        bool exclusive,
        bool transferable,
        uint32 maxSupply,
        bytes calldata termsCid
    ) external returns (uint256 offerId) {
        if (workId == 0 || registry.workIdOf(contentHash) != workId) {
            revert WorkLicensingWorkNotFound(workId, contentHash);
        }
        if (IERC721(address(registry)).ownerOf(workId) != msg.sender) {
            revert WorkLicensingNotWorkOwner(workId, msg.sender);
        }
        if (price == 0) revert WorkLicensingZeroPrice();
        if (currency != address(0) && !_allowedCurrencies[currency]) revert WorkLicensingCurrencyNotAllowed(currency);
        if (usage >= _USAGE_COUNT) revert WorkLicensingInvalidUsage(usage);
        _checkTerritories(territories);
        if (termsCid.length == 0) revert WorkLicensingEmptyTermsCid();

        // The counter cannot reach 2^40: every offer costs over 100,000 gas.
        offerId = ++_offerCount;
        _offers[offerId] = Offer({
            seller: msg.sender,
            // casting to 'uint64' is safe because the registry's work ids are below 2^64 (checked above with workIdOf)
            // forge-lint: disable-next-line(unsafe-typecast)
            workId: uint64(workId),
            usage: Usage(usage),
            status: OfferStatus.Active,
            exclusive: exclusive,
            transferable: transferable,
            currency: currency,
            durationDays: durationDays,
            maxSupply: maxSupply,
            sold: 0,
            price: price,
            exclusiveLicenceId: 0,
            contentHash: contentHash
        });
        emit OfferCreated(
            offerId,
            workId,
            msg.sender,
            price,
            currency,
            durationDays,
            usage,
            territories,
            exclusive,
            transferable,
            maxSupply,
            termsCid
        );
    }

    /// @inheritdoc IWorkLicensing
    function pauseOffer(uint256 offerId) external {
        Offer storage offer = _sellersOffer(offerId);
        if (offer.status == OfferStatus.Paused) revert WorkLicensingOfferPaused(offerId);
        offer.status = OfferStatus.Paused;
        emit OfferPaused(offerId);
    }

    /// @inheritdoc IWorkLicensing
    function resumeOffer(uint256 offerId) external {
        Offer storage offer = _sellersOffer(offerId);
        if (offer.status != OfferStatus.Paused) revert WorkLicensingOfferNotPaused(offerId);
        offer.status = OfferStatus.Active;
        emit OfferResumed(offerId);
    }

    /// @inheritdoc IWorkLicensing
    function withdrawOffer(uint256 offerId) external {
        _sellersOffer(offerId).status = OfferStatus.Withdrawn;
        emit OfferWithdrawn(offerId);
    }

    // ---- purchase and withdrawal ----

    /// @inheritdoc IWorkLicensing
    function purchase(uint256 offerId, address[] calldata recipients, uint16[] calldata shares)
        external
        payable
        nonReentrant
        returns (uint256 licenceId)
    {
        Offer memory offer = _offers[offerId];
        _checkPurchasable(offerId, offer, recipients, shares);

        uint64 validUntil;
        // A validator can shift the timestamp by seconds; licences last days.
        // forge-lint: disable-next-line(block-timestamp)
        if (offer.durationDays != 0) validUntil = uint64(block.timestamp + uint256(offer.durationDays) * 1 days);
        // Cannot overflow 2^48: every purchase costs over 90,000 gas.
        uint48 newLicenceId;
        unchecked {
            newLicenceId = ++_licenceCount;
        }
        licenceId = newLicenceId;
        Offer storage stored = _offers[offerId];
        stored.sold = offer.sold + 1;
        if (offer.exclusive) stored.exclusiveLicenceId = newLicenceId;
        _credit(licenceId, offer, recipients, shares);
        emit LicencePurchased(
            licenceId,
            offerId,
            offer.workId,
            msg.sender,
            offer.currency,
            offer.price,
            uint64(block.timestamp),
            validUntil
        );

        if (offer.currency != address(0)) _collectToken(IERC20(offer.currency), offer.price);
        // Ids come from the counter, so the token is new; its record is written with its owner, in the same slot.
        _mintAndSetExtraDataUnchecked(msg.sender, licenceId, PackedLicence.pack(offerId, validUntil));
        ERC721Utils.checkOnERC721Received(msg.sender, address(0), msg.sender, licenceId, "");
    }

    /// @inheritdoc IWorkLicensing
    function withdraw(address currency) external nonReentrant returns (uint256 amount) {
        amount = _owed[currency][msg.sender];
        if (amount == 0) revert WorkLicensingNothingOwed(msg.sender, currency);
        _owed[currency][msg.sender] = 0;
        emit Withdrawn(msg.sender, currency, amount);

        if (currency == address(0)) {
            // casting to 'uint128' is safe because a balance owed is part of the total owed, which is a uint128
            // forge-lint: disable-next-line(unsafe-typecast)
            _nativeTotalOwed -= uint128(amount);
            (bool sent,) = msg.sender.call{value: amount}("");
            if (!sent) revert WorkLicensingPaymentFailed(msg.sender, amount);
        } else {
            _totalOwed[currency] -= amount;
            IERC20(currency).safeTransfer(msg.sender, amount);
        }
    }

    // ---- administration and rulings ----

    /// @inheritdoc IWorkLicensing
    function setPlatformFee(uint16 feeBps, address recipient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (feeBps > MAX_PLATFORM_FEE_BPS) revert WorkLicensingFeeTooHigh(feeBps, MAX_PLATFORM_FEE_BPS);
        if (recipient == address(0)) revert WorkLicensingZeroFeeRecipient();
        _platformFeeBps = feeBps;
        _feeRecipient = recipient;
        emit PlatformFeeChanged(feeBps, recipient);
    }

    /// @inheritdoc IWorkLicensing
    function setCurrencyAllowed(address currency, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (currency == address(0)) revert WorkLicensingNativeCurrencyAlwaysAllowed();
        if (currency.code.length == 0) revert WorkLicensingCurrencyNotAContract(currency);
        _allowedCurrencies[currency] = allowed;
        emit CurrencyAllowed(currency, allowed);
    }

    /// @inheritdoc IWorkLicensing
    function revokeLicence(uint256 licenceId) external onlyRole(REVOKER_ROLE) {
        uint96 record = _getExtraData(licenceId);
        uint256 offerId = record.offerId();
        if (offerId == 0) revert WorkLicensingLicenceNotFound(licenceId);
        if (record.isRevoked()) revert WorkLicensingLicenceAlreadyRevoked(licenceId);
        _setExtraData(licenceId, record.revoke());
        emit LicenceRevoked(licenceId, _offers[offerId].workId, msg.sender);
    }

    /// @inheritdoc IWorkLicensing
    function setSalesFrozen(uint256 workId, bool frozen) external onlyRole(FREEZER_ROLE) {
        if (_salesFrozen[workId] != frozen) {
            _salesFrozen[workId] = frozen;
            // Never below zero: unfreezing counts only works counted as frozen; 2^24 frozen at once is far beyond
            // what rulings freeze (and would revert, not wrap).
            if (frozen) ++_frozenWorkCount;
            else --_frozenWorkCount;
        }
        emit SalesFrozen(workId, frozen, msg.sender);
    }

    // ---- views ----

    /// @inheritdoc IWorkLicensing
    function getOffer(uint256 offerId) external view returns (Offer memory) {
        return _offers[offerId];
    }

    /// @inheritdoc IWorkLicensing
    function getLicence(uint256 licenceId) external view returns (Licence memory) {
        uint96 record = _getExtraData(licenceId);
        uint256 offerId = record.offerId();
        Licence memory none;
        if (offerId == 0) return none;
        Offer storage offer = _offers[offerId];
        return Licence({
            // casting to 'uint64' is safe because offer ids are below 2^45
            // forge-lint: disable-next-line(unsafe-typecast)
            offerId: uint64(offerId),
            workId: offer.workId,
            validUntil: record.validUntil(),
            usage: offer.usage,
            transferable: offer.transferable,
            revoked: record.isRevoked()
        });
    }

    /// @inheritdoc IWorkLicensing
    function isLicenceValid(uint256 licenceId) external view returns (bool) {
        return _getExtraData(licenceId).isValid();
    }

    /// @inheritdoc IWorkLicensing
    function isLicenceValidFor(uint256 licenceId, address holder, uint256 workId, uint8 usage)
        external
        view
        returns (bool)
    {
        uint96 record = _getExtraData(licenceId);
        if (!record.isValid() || _ownerOf(licenceId) != holder) return false;
        Offer storage offer = _offers[record.offerId()];
        return offer.workId == workId && uint8(offer.usage) == usage;
    }

    /// @inheritdoc IWorkLicensing
    function owed(address currency, address account) external view returns (uint256) {
        return _owed[currency][account];
    }

    /// @inheritdoc IWorkLicensing
    function totalOwed(address currency) external view returns (uint256) {
        return currency == address(0) ? _nativeTotalOwed : _totalOwed[currency];
    }

    /// @inheritdoc IWorkLicensing
    function platformFeeBps() external view returns (uint16) {
        return _platformFeeBps;
    }

    /// @inheritdoc IWorkLicensing
    function feeRecipient() external view returns (address) {
        return _feeRecipient;
    }

    /// @inheritdoc IWorkLicensing
    function isCurrencyAllowed(address currency) external view returns (bool) {
        return currency == address(0) || _allowedCurrencies[currency];
    }

    /// @inheritdoc IWorkLicensing
    function isSalesFrozen(uint256 workId) external view returns (bool) {
        return _salesFrozen[workId];
    }

    /// @inheritdoc IWorkLicensing
    function totalOffers() external view returns (uint256) {
        return _offerCount;
    }

    /// @inheritdoc IWorkLicensing
    function totalLicences() external view returns (uint256) {
        return _licenceCount;
    }

    // ---- ERC-721 ----
    // The overrides keep OpenZeppelin's parameter names (`to`, `tokenId`), which the generated bindings carry.

    /// @notice "Registry Licence".
    function name() public pure override returns (string memory) {
        return "Registry Licence";
    }

    /// @notice "LICENCE".
    function symbol() public pure override returns (string memory) {
        return "LICENCE";
    }

    /// @notice Empty for every licence: its facts are in {getLicence} and the events. Reverts for an unknown id.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        if (!_exists(tokenId)) revert TokenDoesNotExist();
        return "";
    }

    /// @notice ERC-721 approval; refuses the native coin (Solady makes it payable), which nothing could pay back.
    function approve(address to, uint256 tokenId) public payable override {
        _refuseValue();
        super.approve(to, tokenId);
    }

    /// @notice ERC-721 transfer (both `safeTransferFrom`s go through here too); refuses the native coin, which nothing
    /// could pay back, and licences whose offer is not transferable (see {_beforeTokenTransfer}).
    function transferFrom(address from, address to, uint256 tokenId) public payable override {
        _refuseValue();
        super.transferFrom(from, to, tokenId);
    }

    /// @notice ERC-165: ERC-721, its metadata extension, and AccessControl.
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return ERC721.supportsInterface(interfaceId) || AccessControl.supportsInterface(interfaceId);
    }

    // ---- internals ----

    /// @dev Before every mint and transfer: refuses to move a licence whose offer is not transferable (minting is not
    /// moving; an unknown token is left to the transfer's own refusal).
    function _beforeTokenTransfer(address from, address, uint256 licenceId) internal view override {
        if (from == address(0)) return;
        uint256 offerId = _getExtraData(licenceId).offerId();
        if (offerId != 0 && !_offers[offerId].transferable) revert WorkLicensingNotTransferable(licenceId);
    }

    function _refuseValue() private view {
        if (msg.value != 0) revert WorkLicensingWrongPayment(0, msg.value);
    }

    /// @dev Reverts unless the caller may buy `offer` with this split and the value sent.
    function _checkPurchasable(
        uint256 offerId,
        Offer memory offer,
        address[] calldata recipients,
        uint16[] calldata shares
    ) private view {
        if (offer.seller == address(0)) revert WorkLicensingOfferNotFound(offerId);
        if (offer.status == OfferStatus.Paused) revert WorkLicensingOfferPaused(offerId);
        if (offer.status == OfferStatus.Withdrawn) revert WorkLicensingOfferWithdrawn(offerId);
        if (_frozenWorkCount != 0 && _salesFrozen[offer.workId]) revert WorkLicensingWorkFrozen(offer.workId);
        if (offer.maxSupply != 0 && offer.sold >= offer.maxSupply) {
            revert WorkLicensingSoldOut(offerId, offer.maxSupply);
        }
        if (offer.exclusiveLicenceId != 0 && _getExtraData(offer.exclusiveLicenceId).isValid()) {
            revert WorkLicensingExclusiveTaken(offerId, offer.exclusiveLicenceId);
        }
        address owner = IERC721(address(registry)).ownerOf(offer.workId);
        if (owner != offer.seller) revert WorkLicensingStaleOffer(offerId, offer.seller, owner);
        if (owner == msg.sender) revert WorkLicensingOwnWork(offer.workId, msg.sender);
        if (!registry.isSplitOf(offer.workId, offer.contentHash, recipients, shares)) {
            revert WorkLicensingSplitMismatch(offer.workId);
        }
        if (offer.currency == address(0)) {
            if (msg.value != offer.price) revert WorkLicensingWrongPayment(offer.price, msg.value);
        } else {
            if (msg.value != 0) revert WorkLicensingWrongPayment(0, msg.value);
            if (!_allowedCurrencies[offer.currency]) revert WorkLicensingCurrencyNotAllowed(offer.currency);
        }
    }

    /// @dev Credits the price: the platform fee to the fee recipient, the rest by shares (which the registry vouched
    /// for: non-zero, summing to 10,000), the rounding remainder to the first recipient; credits of zero are skipped.
    function _credit(uint256 licenceId, Offer memory offer, address[] calldata recipients, uint16[] calldata shares)
        private
    {
        address currency = offer.currency;
        uint256 price = offer.price;
        // No overflow: price < 2^128 and every factor is at most 10,000; the parts sum to price.
        unchecked {
            uint256 fee = price * _platformFeeBps / _TOTAL_SHARES;
            if (fee != 0) {
                address recipient = _feeRecipient;
                _owed[currency][recipient] += fee;
                emit PlatformFeeCredited(licenceId, recipient, currency, fee);
            }
            uint256 royalties = price - fee;
            uint256 first = royalties;
            for (uint256 i = 1; i < recipients.length; ++i) {
                uint256 amount = royalties * shares[i] / _TOTAL_SHARES;
                if (amount == 0) continue;
                first -= amount;
                _owed[currency][recipients[i]] += amount;
                emit RoyaltyCredited(licenceId, offer.workId, recipients[i], currency, amount);
            }
            // At least the first share of a non-zero amount, so never zero.
            _owed[currency][recipients[0]] += first;
            emit RoyaltyCredited(licenceId, offer.workId, recipients[0], currency, first);
        }
        if (currency == address(0)) _nativeTotalOwed += offer.price;
        else _totalOwed[currency] += price;
    }

    /// @dev Pulls `price` of `token` from the buyer and checks it all arrived, so balances owed stay covered.
    function _collectToken(IERC20 token, uint256 price) private {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), price);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received < price) revert WorkLicensingTokenShortfall(address(token), price, received);
    }

    function _checkTerritories(bytes2[] calldata territories) private pure {
        for (uint256 i; i < territories.length; ++i) {
            bytes2 code = territories[i];
            if (!_isUppercaseLetter(code[0]) || !_isUppercaseLetter(code[1])) {
                revert WorkLicensingInvalidTerritory(i, code);
            }
        }
    }

    function _isUppercaseLetter(bytes1 character) private pure returns (bool) {
        return character >= "A" && character <= "Z";
    }

    /// @dev The offer, after checking that it exists, is not withdrawn and that the caller is its seller.
    function _sellersOffer(uint256 offerId) private view returns (Offer storage offer) {
        offer = _offers[offerId];
        address seller = offer.seller;
        if (seller == address(0)) revert WorkLicensingOfferNotFound(offerId);
        if (seller != msg.sender) revert WorkLicensingNotOfferSeller(offerId, msg.sender);
        if (offer.status == OfferStatus.Withdrawn) revert WorkLicensingOfferWithdrawn(offerId);
    }
}
