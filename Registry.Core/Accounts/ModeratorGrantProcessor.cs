using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Core.Chain;

namespace Registry.Core.Accounts;

/// <summary>
/// Carries each Moderator grant made in the app onto the chain (the registry's MODERATOR_ROLE), so that contracts
/// check the same role; a chain that is down leaves the grant pending, a refusal marks it failed with the reason.
/// </summary>
public sealed class ModeratorGrantProcessor(ModeratorGrants grants, WorkRegistryGateway registry, ILogger<ModeratorGrantProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Moderator grants could not be processed, retrying: {Message}", e.Message);
            }
            await Task.Delay(PollInterval, stoppingToken);
        }
    }

    public async Task ProcessPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var grant in await grants.ListPendingAsync(cancellationToken))
        {
            try
            {
                if (await registry.IsModeratorAsync(grant.Address, cancellationToken))
                {
                    await grants.MarkGrantedAsync(grant.Id, grant.TransactionHash, cancellationToken);
                    continue;
                }
                var transactionHash = await registry.GrantModeratorAsync(grant.Address, cancellationToken);
                await grants.MarkGrantedAsync(grant.Id, transactionHash, cancellationToken);
            }
            catch (RoleGrantRefusedException e)
            {
                await grants.MarkFailedAsync(grant.Id, e.Message, cancellationToken);
            }
            catch (ChainUnavailableException e)
            {
                logger.LogWarning("Moderator grant {GrantId} waits for the chain: {Message}", grant.Id, e.Message);
                return;
            }
        }
    }
}
