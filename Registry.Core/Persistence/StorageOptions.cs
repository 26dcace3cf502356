namespace Registry.Core.Persistence;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite database, uploads in flight, the embedded content store and the dev chain's state.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>The database connection string; a SQLite file in the data folder when empty.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data folder as configured, relative to <paramref name="contentRoot"/> unless absolute.</summary>
    public static string ResolveDataDirectory(Microsoft.Extensions.Configuration.IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration[$"{Section}:{nameof(DataDirectory)}"] ?? new StorageOptions().DataDirectory, contentRoot);

    /// <summary>Largest file accepted for registration or verification.</summary>
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;
}
