namespace Registry.Web.Localization;

public static class SupportedCultures
{
    public const string Default = "en";

    /// <summary>English and Simplified Chinese, the languages of our first users.</summary>
    public static readonly string[] All = ["en", "zh-Hans"];
}
