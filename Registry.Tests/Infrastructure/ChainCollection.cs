namespace Registry.Tests.Infrastructure;

/// <summary>Tests that need an EVM node share one anvil per run; each deploys its own contracts.</summary>
[CollectionDefinition("chain")]
public sealed class ChainCollection : ICollectionFixture<AnvilFixture>;
