using System.Text;

namespace Registry.Bench;

/// <summary>A titled table of measurements, printed as Markdown and kept under bench/results.</summary>
public sealed class ResultTable(string title, params string[] columns)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public void AddRow(params string[] cells) => _rows.Add(cells);

    public void AddNote(string note) => _notes.Add(note);

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"## {title}");
        sb.AppendLine();
        sb.AppendLine($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        sb.AppendLine();
        sb.AppendLine("| " + string.Join(" | ", columns) + " |");
        sb.AppendLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in _rows)
            sb.AppendLine("| " + string.Join(" | ", row) + " |");
        if (_notes.Count > 0)
        {
            sb.AppendLine();
            foreach (var note in _notes)
                sb.AppendLine($"- {note}");
        }
        return sb.ToString();
    }

    public static string WriteToResults(string name, string markdown)
    {
        var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{name}.md");
        File.WriteAllText(path, markdown);
        return path;
    }
}
