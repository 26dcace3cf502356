using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <summary>The licensing API's answers to bad input, each saying what to send instead.</summary>
public static class LicensingMessages
{
    public const string AddressMissing = "Give the address to check as address=0x followed by 40 hexadecimal digits.";
    public const string WorkMissing = "Give the work to check as work=<work id>, such as work=7.";

    /// <summary>"personal, editorial, commercial, broadcast or derivative".</summary>
    public static readonly string UsageKinds = ApiNames.List<LicenceUsage>();

    public static readonly string UsageMissing = $"Give the usage to check as usage={UsageKinds}.";

    public static string UsageUnknown(string usage) => $"'{usage}' is not a usage: use {UsageKinds}.";

    public static string DateMissing(string name) => $"Give '{name}' as a date, yyyy-MM-dd.";

    public static string DateInvalid(string name, string text) => $"'{text}' is not a date for '{name}': expected yyyy-MM-dd, such as 2026-01-31.";

    public static string PeriodEmpty(string from, string to) =>
        $"The period is empty: 'to' ({to}) must be after 'from' ({from}). The report runs from 'from' up to the day before 'to'.";

    public static string NoWork(long workId) => $"There is no work #{workId}.";

    public static string NoLicence(long licenceId) => $"There is no licence #{licenceId}.";
}
