using System.Text.RegularExpressions;

namespace Registry.Web.Api;

/// <summary>Addresses and work ids as every API reads them, and what it answers when one cannot be read.</summary>
public static partial class ApiInput
{
    public static bool IsAddress(string text) => Address().IsMatch(text.Trim());

    public static string AddressInvalid(string address) => $"'{address}' is not a valid address: expected 0x followed by 40 hexadecimal digits.";

    public static string WorkInvalid(string work) => $"'{work}' is not a work id: expected a whole number such as 7.";

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex Address();
}
