// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {WorkRegistry} from "../src/WorkRegistry.sol";
import {Assertions} from "./utils/Assertions.sol";
import {vm} from "./utils/Vm.sol";

/// @notice Roles on the registry: the deployer administers them and grants the moderator role.
contract WorkRegistryAccessControlTest is Assertions {
    address internal constant MODERATOR = address(0x30D);
    address internal constant STRANGER = address(0x5757);

    WorkRegistry internal registry;
    bytes32 internal moderatorRole;
    bytes32 internal adminRole;

    function setUp() public {
        registry = new WorkRegistry();
        moderatorRole = registry.MODERATOR_ROLE();
        adminRole = registry.DEFAULT_ADMIN_ROLE();
    }

    function test_constructor_makesTheDeployerAdmin() public view {
        assertTrue(registry.hasRole(adminRole, address(this)), "deployer is admin");
        assertTrue(!registry.hasRole(moderatorRole, address(this)), "deployer is not moderator");
        assertEq(registry.getRoleAdmin(moderatorRole), adminRole, "moderator role's admin");
    }

    function test_moderatorRole_isTheHashOfItsName() public view {
        assertEq(moderatorRole, keccak256("MODERATOR_ROLE"), "MODERATOR_ROLE");
    }

    function test_grantRole_byAdminMakesTheAccountModerator() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit IAccessControl.RoleGranted(moderatorRole, MODERATOR, address(this));
        registry.grantRole(moderatorRole, MODERATOR);

        assertTrue(registry.hasRole(moderatorRole, MODERATOR), "hasRole");
    }

    function test_grantRole_revertsWhenCallerIsNotAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, adminRole)
        );
        vm.prank(STRANGER);
        registry.grantRole(moderatorRole, STRANGER);

        assertTrue(!registry.hasRole(moderatorRole, STRANGER), "hasRole");
    }

    function test_grantRole_revertsWhenAModeratorGrantsModerator() public {
        registry.grantRole(moderatorRole, MODERATOR);

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, MODERATOR, adminRole)
        );
        vm.prank(MODERATOR);
        registry.grantRole(moderatorRole, STRANGER);
    }

    function test_revokeRole_byAdminRemovesTheModerator() public {
        registry.grantRole(moderatorRole, MODERATOR);

        registry.revokeRole(moderatorRole, MODERATOR);

        assertTrue(!registry.hasRole(moderatorRole, MODERATOR), "hasRole");
    }

    function test_supportsInterface_reportsErc165Erc721AndAccessControl() public view {
        assertTrue(registry.supportsInterface(type(IERC165).interfaceId), "IERC165");
        assertTrue(registry.supportsInterface(type(IERC721).interfaceId), "IERC721");
        assertTrue(registry.supportsInterface(type(IERC721Metadata).interfaceId), "IERC721Metadata");
        assertTrue(registry.supportsInterface(type(IAccessControl).interfaceId), "IAccessControl");
        assertTrue(!registry.supportsInterface(0xffffffff), "0xffffffff");
    }
}
