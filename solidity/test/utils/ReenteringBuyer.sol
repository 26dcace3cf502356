// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {WorkLicensing} from "../../src/WorkLicensing.sol";

/// @notice A buyer contract that, when its licence arrives, tries to buy again and records whether it was refused.
contract ReenteringBuyer is IERC721Receiver {
    WorkLicensing internal immutable _licensing;
    uint256 internal _offerId;
    address[] internal _recipients;
    uint16[] internal _shares;

    bytes public reentryError;

    constructor(WorkLicensing licensing) {
        _licensing = licensing;
    }

    function buy(uint256 offerId, address[] calldata recipients, uint16[] calldata shares) external payable {
        (_offerId, _recipients, _shares) = (offerId, recipients, shares);
        _licensing.purchase{value: msg.value}(offerId, recipients, shares);
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        if (reentryError.length == 0) {
            try _licensing.purchase{value: 0}(_offerId, _recipients, _shares) {}
            catch (bytes memory reason) {
                reentryError = reason;
            }
        }
        return IERC721Receiver.onERC721Received.selector;
    }
}
