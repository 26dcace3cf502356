using System.Text.RegularExpressions;

namespace Registry.Core.ContentStore;

/// <summary>Turns the configured address of a node's RPC API into the base URL of its calls.</summary>
internal static partial class KuboApiAddress
{
    /// <returns>The node's origin without a trailing slash, e.g. <c>http://127.0.0.1:5001</c>.</returns>
    public static string Parse(string apiUrl)
    {
        var text = apiUrl.Trim();
        var multiaddress = Multiaddress().Match(text);
        if (multiaddress.Success)
        {
            var host = multiaddress.Groups["proto"].Value == "ip6" ? $"[{multiaddress.Groups["host"].Value}]" : multiaddress.Groups["host"].Value;
            var scheme = multiaddress.Groups["tls"].Success ? "https" : "http";
            return $"{scheme}://{host}:{multiaddress.Groups["port"].Value}";
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query))
        {
            var path = uri.AbsolutePath.TrimEnd('/');
            if (path.EndsWith("/api/v0", StringComparison.Ordinal)) path = path[..^"/api/v0".Length];
            return uri.GetLeftPart(UriPartial.Authority) + path;
        }

        throw new FormatException($"'{apiUrl}' is not the address of an IPFS RPC API: use a URL such as http://127.0.0.1:5001 or a multiaddress such as /ip4/127.0.0.1/tcp/5001.");
    }

    [GeneratedRegex(@"^/(?<proto>ip4|ip6|dns|dns4|dns6)/(?<host>[^/]+)/tcp/(?<port>\d{1,5})(/(?<tls>https|tls/http)|/http)?/?$")]
    private static partial Regex Multiaddress();
}
