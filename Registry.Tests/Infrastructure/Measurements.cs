namespace Registry.Tests.Infrastructure;

/// <summary>Figures measured by tests (not asserted as timings), kept next to the test binaries for the test script to print.</summary>
public static class Measurements
{
    public static void Record(string name, string line)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Measurements");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), line + Environment.NewLine);
    }
}
