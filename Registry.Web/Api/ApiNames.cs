using System.Text.Json;

namespace Registry.Web.Api;

/// <summary>Enum values as the API writes and reads them: camelCase ("commercial", "sellerNoLongerOwner"), any case when read.</summary>
public static class ApiNames
{
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Every value's name, for messages: "a, b or c".</summary>
    public static string List<TEnum>() where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Select(v => Of(v)).ToList();
        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>The value named <paramref name="text"/> (any case; numbers are not names), or null when it names none.</summary>
    public static TEnum? Parse<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Of(v!.Value).Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
}
