namespace Registry.Core.Accounts;

/// <summary>The app's roles; each is also the name of the authorization policy that requires it.</summary>
public static class RegistryRoles
{
    public const string Creator = "Creator";
    public const string Licensee = "Licensee";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Creator, Licensee, Moderator, Admin];
}
