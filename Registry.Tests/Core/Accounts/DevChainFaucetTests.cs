using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nethereum.Signer;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

/// <summary>Funding of new accounts against a real anvil: on the dev chain only.</summary>
[Collection("chain")]
public sealed class DevChainFaucetTests(AnvilFixture anvil)
{
    [Fact]
    public async Task CreateAsync_OnTheEmbeddedDevChain_FundsTheNewAccountWithTenEther()
    {
        await using var host = await StartAsync(isDevChain: true);
        var accounts = host.Get<AccountService>();

        var created = await accounts.CreateAsync("newcomer@example.com", "harbour-at-dawn-1");

        Assert.True(created.Funded);
        Assert.Equal(DevChainFaucet.AllowanceEth, await accounts.GetBalanceAsync(created.Account!.Address));
    }

    [Fact]
    public async Task CreateAsync_OnAConfiguredChain_LeavesTheBalanceAtZero()
    {
        await using var host = await StartAsync(isDevChain: false);
        var accounts = host.Get<AccountService>();

        var created = await accounts.CreateAsync("configured@example.com", "harbour-at-dawn-1");

        Assert.False(created.Funded);
        Assert.Equal(0m, await accounts.GetBalanceAsync(created.Account!.Address));
    }

    [Fact]
    public void FaucetKey_IsADevAccountOtherThanThePlatformSigner()
    {
        var faucet = new EthECKey(ChainOptions.DevChainFaucetKey).GetPublicAddress();

        Assert.Equal("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", faucet);
        Assert.NotEqual(new EthECKey(ChainOptions.DevChainSignerKey).GetPublicAddress(), faucet);
    }

    private async Task<CoreHost> StartAsync(bool isDevChain)
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var connection = new ChainConnection(anvil.RpcUrl, AnvilFixture.ChainId, registry, ChainOptions.DevChainSignerKey, 0, IsDevChain: isDevChain);
        return await CoreHost.StartAsync(anvil, registry, configure: services =>
            services.Replace(ServiceDescriptor.Singleton<IChainConnectionProvider>(new SwitchableChain(connection))));
    }
}
