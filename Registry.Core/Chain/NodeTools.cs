namespace Registry.Core.Chain;

/// <summary>Finds the pinned npm tools (anvil, forge) installed under the repository's node_modules.</summary>
public static class NodeTools
{
    /// <summary>The folder holding package.json and node_modules, searched upward from the working directory and from the app's binaries.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
                    return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The path of <paramref name="name"/> in node_modules/.bin, or a clear error naming the install command.</summary>
    public static string FindTool(string name)
    {
        var root = FindRepositoryRoot()
            ?? throw new InvalidOperationException($"Cannot find the repository root (package.json beside Registry.sln), so '{name}' cannot be located. Configure its path explicitly.");
        var path = Path.Combine(root, "node_modules", ".bin", name);
        if (!File.Exists(path))
            throw new InvalidOperationException($"'{name}' is not installed: run 'npm ci' in {root}.");
        return path;
    }
}
