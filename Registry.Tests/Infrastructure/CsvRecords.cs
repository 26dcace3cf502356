using System.Text;

namespace Registry.Tests.Infrastructure;

/// <summary>An RFC 4180 reader written apart from the writer, so the tests read CSV as a spreadsheet would.</summary>
public static class CsvRecords
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string csv)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
                i++;
            }
            else field.Append(c);
        }
        if (quoted) throw new FormatException("A quoted field is not closed.");
        if (field.Length > 0 || fields.Count > 0) throw new FormatException("The last record does not end with CRLF.");
        return records;
    }
}
