namespace Registry.Core.Disputes;

/// <summary>The checks of a statement and of a ruling's reason: required, and at most their limit once trimmed.</summary>
internal static class DisputeTexts
{
    /// <summary>The statement trimmed, or why it cannot be sent.</summary>
    public static (string Text, DisputeOutcome? Refusal) Statement(string? statement)
    {
        var text = statement?.Trim() ?? "";
        return text.Length switch
        {
            0 => (text, DisputeRefusals.StatementMissing()),
            > DisputeLimits.MaxStatementLength => (text, DisputeRefusals.StatementTooLong(text.Length)),
            _ => (text, null),
        };
    }

    /// <summary>The reason trimmed, or why it cannot be sent.</summary>
    public static (string Text, DisputeOutcome? Refusal) Reason(string? reason)
    {
        var text = reason?.Trim() ?? "";
        return text.Length switch
        {
            0 => (text, DisputeRefusals.ReasonMissing()),
            > DisputeLimits.MaxReasonLength => (text, DisputeRefusals.ReasonTooLong(text.Length)),
            _ => (text, null),
        };
    }
}
