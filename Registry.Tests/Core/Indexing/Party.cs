using Nethereum.Signer;

namespace Registry.Tests.Core.Indexing;

/// <summary>A fresh account of a test: its private key and its lower-case address, as the read model stores it.</summary>
internal sealed record Party(string Key, string Address)
{
    public static Party New()
    {
        var key = EthECKey.GenerateKey();
        return new Party(key.GetPrivateKey(), key.GetPublicAddress().ToLowerInvariant());
    }
}
