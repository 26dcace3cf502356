namespace Registry.Core.Accounts;

/// <summary>The acting account lacks the role an action needs.</summary>
public sealed class AccountPermissionException(string message) : Exception(message);
