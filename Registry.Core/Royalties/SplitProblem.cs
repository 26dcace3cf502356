namespace Registry.Core.Royalties;

/// <summary>
/// The first thing wrong with a typed split. <see cref="Message"/> is the English text the API returns;
/// <see cref="Value"/> is the offending entry, address or share as typed, <see cref="Total"/> the sum with <see cref="SplitProblemKind.WrongTotal"/>.
/// </summary>
public sealed record SplitProblem(SplitProblemKind Kind, string Message, string? Value = null, int? Total = null);
