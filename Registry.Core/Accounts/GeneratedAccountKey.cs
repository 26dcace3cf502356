namespace Registry.Core.Accounts;

/// <summary>A new account key as it is stored: its address and the encrypted private key.</summary>
public sealed record GeneratedAccountKey(string Address, string EncryptedKey);
