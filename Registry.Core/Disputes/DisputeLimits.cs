namespace Registry.Core.Disputes;

/// <summary>The size limits of statements, reasons and evidence files.</summary>
public static class DisputeLimits
{
    /// <summary>Characters of a statement (counter-statement, appeal) after trimming.</summary>
    public const int MaxStatementLength = 10_000;

    /// <summary>Characters of a ruling's reason after trimming.</summary>
    public const int MaxReasonLength = 10_000;

    public const int MaxFiles = 5;

    public const long MaxFileBytes = 10 * Mebibyte;

    /// <summary>All files of one statement together.</summary>
    public const long MaxTotalBytes = 20 * Mebibyte;

    public const long Mebibyte = 1024 * 1024;
}
