using System.Globalization;

namespace Registry.Core.Licensing;

/// <summary>
/// A refusal's message in English, with the values it was filled with kept apart, so that a page can word the same
/// problem in the reader's language (a resource with the same placeholders) instead of showing the English text.
/// </summary>
internal static class Wording
{
    public static (string Message, IReadOnlyList<string> Arguments) Fill(string template, object[] arguments)
    {
        var texts = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray();
        return (string.Format(CultureInfo.InvariantCulture, template, texts), texts);
    }
}
