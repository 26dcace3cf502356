using Registry.Core.Chain;

namespace Registry.Bench;

internal static class RepositoryRoot
{
    public static string Find() => NodeTools.FindRepositoryRoot() ?? Directory.GetCurrentDirectory();
}
