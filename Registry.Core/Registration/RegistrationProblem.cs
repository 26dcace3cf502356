namespace Registry.Core.Registration;

/// <summary>Why an upload was refused. <see cref="Message"/> is the English text the API returns; the UI words <see cref="Code"/> itself.</summary>
public sealed record RegistrationProblem(ProblemCode Code, string Message, long? ExistingWorkId = null, Guid? RegistrationId = null,
    IReadOnlyList<Similarity.SimilarMatch>? Similar = null);
