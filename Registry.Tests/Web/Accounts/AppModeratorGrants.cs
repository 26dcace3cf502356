using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>Waits, from the test process, until a running app has granted moderators their role on its chain.</summary>
internal static class AppModeratorGrants
{
    public static async Task WaitAsync(RegistryAppProcess app, params string[] userIds)
    {
        await using var services = AppAccountServices.For(app);
        var grants = services.GetRequiredService<ModeratorGrants>();
        for (var i = 0; i < 300; i++)
        {
            var states = (await grants.ListAsync()).Where(g => userIds.Contains(g.UserId)).Select(g => g.OnChainState).ToList();
            if (states.Count == userIds.Length && states.All(s => s == OnChainState.Granted)) return;
            if (states.Contains(OnChainState.Failed)) throw new InvalidOperationException("A moderator grant failed on the chain.");
            await Task.Delay(100);
        }
        throw new TimeoutException("The moderators' role was not granted on the chain.");
    }
}
