using Microsoft.Extensions.Localization;

namespace Registry.Web.Components.Account;

public static class RoleNames
{
    /// <summary>The roles in the reader's language (Role_{name}), in the app's order.</summary>
    public static string Of(IStringLocalizer localizer, IEnumerable<string> roles) =>
        string.Join(", ", roles.Select(r => localizer[$"Role_{r}"].Value));
}
