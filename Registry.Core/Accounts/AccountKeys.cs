using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Registry.Core.Persistence;

namespace Registry.Core.Accounts;

/// <summary>
/// Each account's own secp256k1 key, encrypted at rest with ASP.NET Core Data Protection (key ring in the data
/// folder's <c>keys</c>). The plain key leaves this class only through <see cref="UnlockAsync"/>, for signing.
/// </summary>
public sealed class AccountKeys(IDataProtectionProvider protection, IDbContextFactory<RegistryDbContext> dbFactory)
{
    public const string Purpose = "Registry.Accounts.Keys.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public GeneratedAccountKey Generate()
    {
        var key = EthECKey.GenerateKey();
        return new GeneratedAccountKey(key.GetPublicAddress().ToLowerInvariant(), _protector.Protect(key.GetPrivateKey().EnsureHexPrefix()));
    }

    /// <summary>The account's private key as <c>0x…</c> hex, for signing. Never log it or show it.</summary>
    /// <exception cref="AccountNotFoundException">No such account.</exception>
    /// <exception cref="CryptographicException">The stored key cannot be decrypted, or is not the account's address.</exception>
    public async Task<string> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Address, u.EncryptedKey }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new AccountNotFoundException(userId);
        var privateKey = _protector.Unprotect(stored.EncryptedKey);
        // A ciphertext copied from another row would still decrypt: make sure the key is this account's.
        if (!string.Equals(new EthECKey(privateKey).GetPublicAddress(), stored.Address, StringComparison.OrdinalIgnoreCase))
            throw new CryptographicException($"The stored key of account {userId} does not belong to its address.");
        return privateKey;
    }
}
