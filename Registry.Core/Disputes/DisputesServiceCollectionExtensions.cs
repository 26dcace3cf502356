using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Notifications;

namespace Registry.Core.Disputes;

public static class DisputesServiceCollectionExtensions
{
    /// <summary>Disputes and moderation: the contract's gateway, evidence documents, the parties' and moderators' services, the read side, and notifications.</summary>
    public static IServiceCollection AddDisputes(this IServiceCollection services)
    {
        services.AddSingleton<DisputesGateway>();
        services.AddSingleton<EvidenceDocuments>();
        services.AddSingleton<DisputeService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<DisputeCatalog>();
        services.AddSingleton<NotificationInbox>();
        return services;
    }
}
