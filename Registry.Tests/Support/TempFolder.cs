namespace Registry.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("registry-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
