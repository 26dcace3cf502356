namespace Registry.Tests.Infrastructure;

/// <summary>Tests that share one js-ipfs node, started once for the run.</summary>
[CollectionDefinition(Name)]
public sealed class IpfsCollection : ICollectionFixture<IpfsNodeFixture>
{
    public const string Name = "ipfs";
}
