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

    /// <summary>
    /// The first limit the files break, by their number and the sizes known so far (null: not known before the file is
    /// read, and then the total is not judged yet either); null when they keep to all. One rule for the browser's
    /// choice, the API's spooled parts and the service's streams.
    /// </summary>
    public static DisputeOutcome? Check(IReadOnlyList<(string Name, long? Size)> files)
    {
        if (files.Count > MaxFiles) return DisputeRefusals.TooManyFiles(files.Count);
        if (files.FirstOrDefault(f => f.Size > MaxFileBytes) is { Name: not null } large) return DisputeRefusals.FileTooLarge(large.Name, large.Size!.Value);
        if (files.Any(f => f.Size is null)) return null;
        var total = files.Sum(f => f.Size!.Value);
        return total > MaxTotalBytes ? DisputeRefusals.EvidenceTooLarge(total) : null;
    }
}
