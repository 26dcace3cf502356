using System.Text.Json;

namespace Registry.Web.Api;

/// <summary>Enum values as the API writes them: camelCase ("commercial", "sellerNoLongerOwner").</summary>
public static class ApiNames
{
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
