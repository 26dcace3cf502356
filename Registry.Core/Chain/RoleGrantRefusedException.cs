namespace Registry.Core.Chain;

public sealed class RoleGrantRefusedException(string message) : Exception(message);
