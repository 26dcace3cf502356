namespace Registry.Core.Registration;

public sealed record ReceiveOutcome(Guid? RegistrationId, RegistrationProblem? Problem)
{
    public static ReceiveOutcome Accepted(Guid id) => new(id, null);

    public static ReceiveOutcome Rejected(RegistrationProblem problem) => new(null, problem);
}
