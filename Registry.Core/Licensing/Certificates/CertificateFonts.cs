using PdfSharp.Fonts;
using Registry.Core.Chain;

namespace Registry.Core.Licensing.Certificates;

/// <summary>
/// Gives PDFsharp Noto Sans SC (regular and bold) from the pinned npm package, so certificates render Latin and
/// Chinese titles alike on any machine, whatever fonts it has installed.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "Noto Sans SC";
    private const string Regular = "NotoSansSC-Regular";
    private const string Bold = "NotoSansSC-Bold";
    private static readonly Lock Gate = new();
    private static bool _installed;

    private readonly string _folder;

    private CertificateFonts(string folder) => _folder = folder;

    /// <summary>Sets the resolver once per process (PDFsharp's font resolver is global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            var root = NodeTools.FindRepositoryRoot()
                ?? throw new InvalidOperationException("Cannot find the repository root (package.json beside Registry.sln), where the certificate fonts are installed.");
            GlobalFontSettings.FontResolver = new CertificateFonts(Path.Combine(root, "node_modules", "@expo-google-fonts", "noto-sans-sc"));
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        Regular => File.ReadAllBytes(Path.Combine(_folder, "400Regular", "NotoSansSC_400Regular.ttf")),
        Bold => File.ReadAllBytes(Path.Combine(_folder, "700Bold", "NotoSansSC_700Bold.ttf")),
        _ => null,
    };
}
