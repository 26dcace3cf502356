using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Registry.Core.Disputes;

namespace Registry.Web.Components.Disputes;

/// <summary>
/// The dispute services' refusals in the reader's language. A problem may be worded by several templates (a wrong
/// status, say, is worded for the step refused), each a resource named after the problem ("DisputeProblem_WrongStatus",
/// "DisputeProblem_WrongStatus_Closed", …) whose English text is the service's template word for word: the one that,
/// filled with the outcome's arguments, reads as the service's message is worded in the reader's language.
/// </summary>
public static class DisputeRefusalTexts
{
    private const string Prefix = "DisputeProblem_";

    private static readonly FrozenDictionary<DisputeProblem, (string Key, string Template, int Arguments)[]> Templates = ReadTemplates();

    public static string Describe(IStringLocalizer<SharedResource> localizer, DisputeOutcome outcome)
    {
        if (outcome.Problem is not { } problem) return "";
        object[] arguments = [.. outcome.Arguments];
        foreach (var (key, template, count) in Templates.GetValueOrDefault(problem, []))
            if (count <= arguments.Length && string.Format(CultureInfo.InvariantCulture, template, arguments) == outcome.Message)
                return localizer[key, arguments];
        return outcome.Message ?? localizer["Problem_Unknown"];
    }

    /// <summary>How many arguments a template needs at least: one more than its highest placeholder (a template may leave some unused).</summary>
    private static int ArgumentsOf(string template) =>
        Regex.Matches(template, @"\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    /// <summary>The English templates of each problem, from the neutral resources.</summary>
    private static FrozenDictionary<DisputeProblem, (string Key, string Template, int Arguments)[]> ReadTemplates()
    {
        var resources = new ResourceManager($"{typeof(SharedResource).Namespace}.Resources.{nameof(SharedResource)}", typeof(SharedResource).Assembly);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("The English texts are missing.");
        var templates = english.Cast<System.Collections.DictionaryEntry>()
            .Select(e => (Key: (string)e.Key, Template: e.Value as string ?? ""))
            .Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToList();
        return Enum.GetValues<DisputeProblem>().ToFrozenDictionary(p => p, p => templates
            .Where(t => t.Key == Prefix + p || t.Key.StartsWith($"{Prefix}{p}_", StringComparison.Ordinal))
            .Select(t => (t.Key, t.Template, ArgumentsOf(t.Template)))
            .ToArray());
    }
}
