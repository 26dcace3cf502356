using Microsoft.AspNetCore.Identity;

namespace Registry.Core.Accounts;

/// <summary>A person's account: Identity's sign-in data plus the custodial Ethereum key that acts for them on-chain.</summary>
public sealed class RegistryUser : IdentityUser
{
    /// <summary>The account's Ethereum address, lower-case <c>0x…</c>.</summary>
    public string Address { get; set; } = "";

    /// <summary>The private key, encrypted with Data Protection (<see cref="AccountKeys"/>); never the key itself.</summary>
    public string EncryptedKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
