namespace Registry.Core.Licensing;

/// <summary>RFC 4180 fields and lines (CRLF), safe to open in a spreadsheet.</summary>
internal static class Csv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Line(params IEnumerable<string> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    /// <summary>
    /// Quoted when it holds a comma, quote or line break (quotes doubled). Text a spreadsheet would run as a formula
    /// (=, +, -, @ first) gets a leading apostrophe, as OWASP advises: a title is the seller's to choose.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
