// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Licences to registered works: offers, purchases, royalty balances and validity
/// @notice The owner of a work (in {IWorkRegistry}) publishes offers; anyone but the owner buys a licence by paying an
/// offer's exact price. Each licence is an ERC-721 token of this contract ("Registry Licence", "LICENCE"), so wallets
/// and explorers show it and it moves with the standard transfer, which is refused when its offer is not transferable.
/// A payment is credited, minus the platform fee, to the work's royalty split as pull-payment balances that each
/// recipient withdraws whenever they like.
/// @dev Storage holds what purchases and validity checks enforce; an offer's territories and terms document (a binary
/// CIDv1) are in `OfferCreated` only, and a licence is its token's owner slot and nothing more (see {Licence}).
/// There is no on-chain index by holder, work and usage: it would cost every purchase a storage slot of its own
/// (22,100 gas) and could not stay exact across transfers and expiries without a list per holder. "Does this address
/// hold a valid licence for this work and usage now?" is answered off-chain from the indexed events (the app's
/// `GET /api/licences/check`); on-chain, whoever is shown a licence id checks it with {isLicenceValidFor}. Amounts are in the smallest unit of the offer's currency: wei for the native
/// coin (`currency` = address(0)), else the allow-listed ERC-20 token's base unit.
interface IWorkLicensing {
    /// @notice What a licence allows the holder to do with the work.
    enum Usage {
        Personal,
        Editorial,
        Commercial,
        Broadcast,
        Derivative
    }

    /// @notice Where an offer stands; a withdrawn offer never sells again.
    enum OfferStatus {
        Active,
        Paused,
        Withdrawn
    }

    /// @notice An offer as stored: what a purchase checks and what it grants.
    /// @param seller The work's owner when the offer was made; the offer is stale once the work has another owner.
    /// @param workId The work licensed.
    /// @param usage The usage the licences grant, a {Usage}.
    /// @param status {OfferStatus}.
    /// @param exclusive Whether at most one licence of the offer may be live (unexpired, unrevoked) at a time.
    /// @param transferable Whether the licences may be transferred by their holders.
    /// @param currency address(0) for the native coin, else the ERC-20 token.
    /// @param durationDays How long a licence lasts from its purchase, in days of 86,400 s; 0 = perpetual.
    /// @param maxSupply How many licences the offer may sell; 0 = no cap.
    /// @param sold How many it has sold.
    /// @param price The exact price of one licence, in `currency`'s smallest unit.
    /// @param exclusiveLicenceId For an exclusive offer, the last licence it sold (0 = none yet).
    /// @param contentHash The work's content hash, with which a purchase proves the split it pays to the registry.
    struct Offer {
        address seller;
        uint64 workId;
        Usage usage;
        OfferStatus status;
        bool exclusive;
        bool transferable;
        address currency;
        uint32 durationDays;
        uint32 maxSupply;
        uint32 sold;
        uint128 price;
        uint64 exclusiveLicenceId;
        bytes32 contentHash;
    }

    /// @notice A licence as {getLicence} reports it. Storage keeps only the 96 bits of extra data in its token's owner
    /// slot (offer id, `validUntil`, revoked); the work, usage and transferability are its offer's.
    /// @param offerId The offer it was bought under (0 = no such licence).
    /// @param workId The work it licenses.
    /// @param validUntil First Unix second at which it is no longer valid; 0 = perpetual.
    /// @param usage The usage it grants, a {Usage}.
    /// @param transferable Whether its holder may transfer it.
    /// @param revoked Whether a ruling revoked it.
    struct Licence {
        uint64 offerId;
        uint64 workId;
        uint64 validUntil;
        Usage usage;
        bool transferable;
        bool revoked;
    }

    /// @notice The owner of a work published an offer.
    /// @param offerId The new offer's id (sequential from 1).
    /// @param workId The work offered.
    /// @param seller The work's owner, who made the offer.
    /// @param price Exact price of one licence in `currency`'s smallest unit.
    /// @param currency address(0) for the native coin, else the ERC-20 token.
    /// @param durationDays Validity of each licence in days from its purchase; 0 = perpetual.
    /// @param usage The {Usage} granted.
    /// @param territories ISO 3166-1 alpha-2 codes where the licence applies; empty = worldwide.
    /// @param exclusive Whether at most one licence may be live at a time.
    /// @param transferable Whether licences may be transferred.
    /// @param maxSupply Cap on licences sold; 0 = no cap.
    /// @param termsCid Binary CIDv1 of the terms document on IPFS.
    event OfferCreated(
        uint256 indexed offerId,
        uint256 indexed workId,
        address indexed seller,
        uint256 price,
        address currency,
        uint32 durationDays,
        uint8 usage,
        bytes2[] territories,
        bool exclusive,
        bool transferable,
        uint32 maxSupply,
        bytes termsCid
    );

    /// @notice The seller paused an offer: it sells nothing until resumed.
    event OfferPaused(uint256 indexed offerId);

    /// @notice The seller resumed a paused offer.
    event OfferResumed(uint256 indexed offerId);

    /// @notice The seller withdrew an offer for good.
    event OfferWithdrawn(uint256 indexed offerId);

    /// @notice A licence was bought and minted to `buyer`.
    /// @param licenceId The licence's id, which is also its ERC-721 token id (sequential from 1).
    /// @param offerId The offer bought.
    /// @param workId The work licensed.
    /// @param buyer The account that paid and holds the licence.
    /// @param currency address(0) for the native coin, else the ERC-20 token paid.
    /// @param price The amount paid.
    /// @param validFrom The block time of the purchase.
    /// @param validUntil First Unix second at which the licence is no longer valid; 0 = perpetual.
    event LicencePurchased(
        uint256 indexed licenceId,
        uint256 indexed offerId,
        uint256 indexed workId,
        address buyer,
        address currency,
        uint256 price,
        uint64 validFrom,
        uint64 validUntil
    );

    /// @notice A royalty recipient of the work was credited their share of a purchase (amounts of zero are not).
    /// @param licenceId The licence whose purchase paid it.
    /// @param workId The work.
    /// @param recipient The recipient credited.
    /// @param currency The currency of the balance credited.
    /// @param amount The amount added to the recipient's withdrawable balance.
    event RoyaltyCredited(
        uint256 indexed licenceId, uint256 indexed workId, address indexed recipient, address currency, uint256 amount
    );

    /// @notice The platform's fee on a purchase was credited to the fee recipient (fees of zero are not).
    /// @param licenceId The licence whose purchase paid it.
    /// @param recipient The fee recipient credited.
    /// @param currency The currency of the balance credited.
    /// @param amount The amount added to the fee recipient's withdrawable balance.
    event PlatformFeeCredited(uint256 indexed licenceId, address indexed recipient, address currency, uint256 amount);

    /// @notice An account withdrew everything it was owed in a currency.
    event Withdrawn(address indexed account, address indexed currency, uint256 amount);

    /// @notice The admin set the platform fee and who receives it.
    /// @param feeBps The fee in basis points of each price, at most {MAX_PLATFORM_FEE_BPS}.
    /// @param recipient The account credited with fees.
    event PlatformFeeChanged(uint16 feeBps, address indexed recipient);

    /// @notice The admin allowed or disallowed an ERC-20 token as the currency of new offers and purchases.
    event CurrencyAllowed(address indexed currency, bool allowed);

    /// @notice A licence was revoked (by a dispute ruling); it is no longer valid.
    /// @param licenceId The licence.
    /// @param workId The work it licensed.
    /// @param revoker The account holding the revoker role that revoked it.
    event LicenceRevoked(uint256 indexed licenceId, uint256 indexed workId, address indexed revoker);

    /// @notice Sales of a work's licences were frozen or unfrozen (by a dispute ruling).
    /// @param workId The work.
    /// @param frozen Whether purchases are now refused.
    /// @param freezer The account holding the freezer role that changed it.
    event SalesFrozen(uint256 indexed workId, bool frozen, address indexed freezer);

    /// @notice The registry given to the constructor has no code.
    error WorkLicensingInvalidRegistry(address registry);

    /// @notice The admin given to the constructor is the zero address.
    error WorkLicensingZeroAdmin();

    /// @notice No work with this id is registered under this content hash.
    error WorkLicensingWorkNotFound(uint256 workId, bytes32 contentHash);

    /// @notice Only the work's current owner may offer licences to it.
    /// @param workId The work.
    /// @param account The caller, who does not own it.
    error WorkLicensingNotWorkOwner(uint256 workId, address account);

    /// @notice An offer's price is zero.
    error WorkLicensingZeroPrice();

    /// @notice The currency is neither the native coin nor an allow-listed ERC-20 token.
    error WorkLicensingCurrencyNotAllowed(address currency);

    /// @notice The usage is not a {Usage}.
    error WorkLicensingInvalidUsage(uint8 usage);

    /// @notice A territory is not two ASCII uppercase letters.
    /// @param index Its position in the list.
    /// @param code The code given.
    error WorkLicensingInvalidTerritory(uint256 index, bytes2 code);

    /// @notice The terms document's CID is empty.
    error WorkLicensingEmptyTermsCid();

    /// @notice There is no offer with this id.
    error WorkLicensingOfferNotFound(uint256 offerId);

    /// @notice Only the offer's seller may pause, resume or withdraw it.
    /// @param offerId The offer.
    /// @param account The caller.
    error WorkLicensingNotOfferSeller(uint256 offerId, address account);

    /// @notice The offer is paused (so it sells nothing, and cannot be paused again).
    error WorkLicensingOfferPaused(uint256 offerId);

    /// @notice The offer is not paused, so it cannot be resumed.
    error WorkLicensingOfferNotPaused(uint256 offerId);

    /// @notice The offer was withdrawn for good.
    error WorkLicensingOfferWithdrawn(uint256 offerId);

    /// @notice The offer has sold as many licences as its cap allows.
    error WorkLicensingSoldOut(uint256 offerId, uint32 maxSupply);

    /// @notice The exclusive offer's licence is still live.
    /// @param offerId The offer.
    /// @param licenceId The live licence.
    error WorkLicensingExclusiveTaken(uint256 offerId, uint256 licenceId);

    /// @notice The work changed hands since the offer was made; only offers of its current owner sell.
    /// @param offerId The offer.
    /// @param seller Who made the offer.
    /// @param owner Who owns the work now.
    error WorkLicensingStaleOffer(uint256 offerId, address seller, address owner);

    /// @notice The buyer owns the work: buying from oneself would only inflate the sales reported.
    error WorkLicensingOwnWork(uint256 workId, address buyer);

    /// @notice The recipients and shares given are not the split registered for the work.
    error WorkLicensingSplitMismatch(uint256 workId);

    /// @notice Sales of the work's licences are frozen.
    error WorkLicensingWorkFrozen(uint256 workId);

    /// @notice The native coin sent is not what the call needs: a purchase's exact price, or nothing.
    /// @param expected The price for an offer in the native coin; zero for an offer in an ERC-20 token, and for the
    /// ERC-721 functions (`approve`, `transferFrom`, `safeTransferFrom`), which take no value.
    /// @param sent The value sent.
    error WorkLicensingWrongPayment(uint256 expected, uint256 sent);

    /// @notice The ERC-20 token delivered less than the price (a token that charges on transfer).
    error WorkLicensingTokenShortfall(address currency, uint256 expected, uint256 received);

    /// @notice The account is owed nothing in this currency.
    error WorkLicensingNothingOwed(address account, address currency);

    /// @notice Sending the native coin to the account failed.
    error WorkLicensingPaymentFailed(address account, uint256 amount);

    /// @notice The platform fee asked for is above {MAX_PLATFORM_FEE_BPS}.
    error WorkLicensingFeeTooHigh(uint16 feeBps, uint16 maxFeeBps);

    /// @notice The fee recipient is the zero address.
    error WorkLicensingZeroFeeRecipient();

    /// @notice The native coin is always allowed; only ERC-20 tokens are allow-listed.
    error WorkLicensingNativeCurrencyAlwaysAllowed();

    /// @notice The currency to allow has no code, so it cannot be an ERC-20 token.
    error WorkLicensingCurrencyNotAContract(address currency);

    /// @notice The licence's offer is not transferable, so neither is the licence.
    error WorkLicensingNotTransferable(uint256 licenceId);

    /// @notice There is no licence with this id.
    error WorkLicensingLicenceNotFound(uint256 licenceId);

    /// @notice The licence was revoked already.
    error WorkLicensingLicenceAlreadyRevoked(uint256 licenceId);

    /// @notice Publishes an offer on a work the caller owns; the conditions travel in `OfferCreated`.
    /// @param workId The work; the caller must own it now.
    /// @param contentHash The work's content hash, checked against the registry; purchases prove splits with it.
    /// @param price Exact price of one licence, non-zero, in `currency`'s smallest unit.
    /// @param currency address(0) for the native coin, else an allow-listed ERC-20 token.
    /// @param durationDays Validity of each licence in days from its purchase; 0 = perpetual.
    /// @param usage A {Usage}.
    /// @param territories ISO 3166-1 alpha-2 codes (two ASCII uppercase letters each); empty = worldwide.
    /// @param exclusive Whether at most one licence may be live at a time.
    /// @param transferable Whether licences may be transferred by their holders.
    /// @param maxSupply Cap on licences sold; 0 = no cap.
    /// @param termsCid Binary CIDv1 of the terms document on IPFS; non-empty.
    /// @return offerId The new offer's id.
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
    ) external returns (uint256 offerId);

    /// @notice Stops an active offer from selling until {resumeOffer}; by the offer's seller.
    function pauseOffer(uint256 offerId) external;

    /// @notice Lets a paused offer sell again; by the offer's seller.
    function resumeOffer(uint256 offerId) external;

    /// @notice Withdraws an offer for good (active or paused); by the offer's seller. Licences sold stay valid.
    function withdrawOffer(uint256 offerId) external;

    /// @notice Buys a licence under an offer and mints it to the caller, valid from now for the offer's duration.
    /// The payment is the offer's exact price: `msg.value` for the native coin; for an ERC-20 token, no native value
    /// and an allowance of at least the price. The platform fee goes to the fee recipient's balance, the rest to the
    /// recipients by their shares (basis points), the rounding remainder to the first recipient.
    /// @param offerId An active offer of the work's current owner, not sold out, not exclusive with a live licence,
    /// on a work whose sales are not frozen, which the caller does not own.
    /// @param recipients The work's registered royalty recipients, in registered order (from `WorkRegistered`).
    /// @param shares Their shares in basis points, as registered.
    /// @return licenceId The licence's id and token id.
    function purchase(uint256 offerId, address[] calldata recipients, uint16[] calldata shares)
        external
        payable
        returns (uint256 licenceId);

    /// @notice Pays the caller everything they are owed in `currency` (address(0) = native coin).
    /// @return amount The amount paid.
    function withdraw(address currency) external returns (uint256 amount);

    /// @notice Sets the platform fee and its recipient; by the admin.
    /// @param feeBps Basis points of each price, at most {MAX_PLATFORM_FEE_BPS}.
    /// @param recipient Non-zero account credited with fees.
    function setPlatformFee(uint16 feeBps, address recipient) external;

    /// @notice Allows or disallows an ERC-20 token as currency of new offers and of purchases; by the admin.
    /// Balances owed in a disallowed token can still be withdrawn. Only plain tokens belong on the list: one that
    /// charges on transfer is refused at purchase, and one whose balances shrink on their own breaks the accounting.
    function setCurrencyAllowed(address currency, bool allowed) external;

    /// @notice Revokes a licence, which is then invalid for good; by a holder of the revoker role (dispute rulings).
    function revokeLicence(uint256 licenceId) external;

    /// @notice Freezes or unfreezes sales of a work's licences; by a holder of the freezer role (dispute rulings).
    /// Licences sold stay valid.
    function setSalesFrozen(uint256 workId, bool frozen) external;

    /// @notice The offer as stored; all fields zero when there is none.
    function getOffer(uint256 offerId) external view returns (Offer memory);

    /// @notice The licence: its token's record with its offer's work, usage and transferability; all fields zero when
    /// there is none.
    function getLicence(uint256 licenceId) external view returns (Licence memory);

    /// @notice Whether the licence exists, has not expired (perpetual, or now is before its `validUntil`) and was not
    /// revoked. Reads one slot.
    function isLicenceValid(uint256 licenceId) external view returns (bool);

    /// @notice Whether `licenceId` is valid now (see {isLicenceValid}), held by `holder`, and for `usage` of `workId`
    /// (exactly that usage; territories are in the offer's event, not checked here). Reads two slots, writes none.
    /// @dev For a third party shown a licence id; to find a holder's licences, read the events (see the interface's
    /// notes on why no on-chain index does it).
    function isLicenceValidFor(uint256 licenceId, address holder, uint256 workId, uint8 usage)
        external
        view
        returns (bool);

    /// @notice What `account` can withdraw in `currency`.
    function owed(address currency, address account) external view returns (uint256);

    /// @notice What all accounts together can withdraw in `currency`; the contract holds exactly that much (more only
    /// if someone forces coins or tokens on it without a purchase).
    function totalOwed(address currency) external view returns (uint256);

    /// @notice The platform fee in basis points.
    function platformFeeBps() external view returns (uint16);

    /// @notice The account credited with platform fees.
    function feeRecipient() external view returns (address);

    /// @notice Whether `currency` may be used in offers and purchases (always true for address(0)).
    function isCurrencyAllowed(address currency) external view returns (bool);

    /// @notice Whether sales of the work's licences are frozen.
    function isSalesFrozen(uint256 workId) external view returns (bool);

    /// @notice How many offers have been created; also the highest offer id.
    function totalOffers() external view returns (uint256);

    /// @notice How many licences have been sold; also the highest licence id.
    function totalLicences() external view returns (uint256);
}
