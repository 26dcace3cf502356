namespace Registry.Core.Chain;

public sealed class RegistrationRevertedException(string message) : Exception(message);
