using System.Globalization;
using Microsoft.AspNetCore.Components;
using Registry.Core.Royalties;
using Registry.Web.Components.Shared;

namespace Registry.Web.Components.Works;

/// <summary>
/// The Register page's royalty split: the creator and the co-authors with their shares in percent (up to two
/// decimals, i.e. whole basis points); the creator gets what the co-authors leave.
/// </summary>
public sealed partial class CoAuthorShares
{
    private readonly List<CoAuthorRow> _rows = [];
    private Evaluation _evaluation = new(null, RoyaltyShare.Whole, null);
    private bool _showProblem;

    private sealed record Evaluation(string? Split, int CreatorBasisPoints, string? Problem);

    /// <summary>The signed-in creator's address, or null when it is not known (then shown as "You").</summary>
    [Parameter] public string? CreatorAddress { get; set; }

    [Parameter] public bool Disabled { get; set; }

    protected override void OnParametersSet() => _evaluation = Evaluate();

    /// <summary>
    /// The split to send ("0x…:6000;0x…:4000"; null with no co-authors: the creator alone), or null with
    /// <paramref name="problem"/> worded for the reader, which is then shown here too.
    /// </summary>
    public string? BuildSplit(out string? problem)
    {
        _evaluation = Evaluate();
        _showProblem = true;
        problem = _evaluation.Problem;
        StateHasChanged();
        return _evaluation.Split;
    }

    private void Add()
    {
        _rows.Add(new CoAuthorRow());
        _evaluation = Evaluate();
    }

    private void Remove(CoAuthorRow row)
    {
        _rows.Remove(row);
        _evaluation = Evaluate();
    }

    private void Changed()
    {
        _showProblem = true;
        _evaluation = Evaluate();
    }

    private Evaluation Evaluate()
    {
        var coAuthors = new List<(string Address, string Share)>(_rows.Count);
        var taken = 0;
        foreach (var row in _rows)
        {
            if (!TryBasisPoints(row.Percent, out var points))
                return new(null, Math.Max(0, RoyaltyShare.Whole - taken), L["Split_PercentInvalid", row.Percent.Trim()]);
            taken += points;
            coAuthors.Add((row.Address, points.ToString(CultureInfo.InvariantCulture)));
        }
        var creatorPoints = RoyaltyShare.Whole - taken;
        if (creatorPoints < 0) return new(null, 0, L["Split_Over100"]);
        if (coAuthors.Count == 0) return new(null, RoyaltyShare.Whole, null);

        var entries = creatorPoints > 0 && CreatorAddress is { } creator
            ? [(creator, creatorPoints.ToString(CultureInfo.InvariantCulture)), .. coAuthors]
            : coAuthors;
        var result = SplitInput.Check(entries);
        return result.Problem is { } problem
            ? new(null, creatorPoints, Describe(problem))
            : new(SplitInput.Format(result.Shares), creatorPoints, null);
    }

    private string Describe(SplitProblem problem) => problem.Kind switch
    {
        SplitProblemKind.TooManyRecipients => L["Split_TooManyRecipients", SplitInput.MaxRecipients],
        SplitProblemKind.WrongTotal => L["Split_WrongTotal", Formats.Number(problem.Total)],
        _ => L[$"Split_{problem.Kind}", problem.Value ?? ""],
    };

    /// <summary>"12.5" or "12,5" (%) → 1250 basis points; more than two decimals, zero or above 100 % is not a share.</summary>
    private static bool TryBasisPoints(string percent, out int points)
    {
        points = 0;
        if (!decimal.TryParse(percent.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var basisPoints = value * 100;
        if (basisPoints != decimal.Truncate(basisPoints) || basisPoints is <= 0 or > RoyaltyShare.Whole) return false;
        points = (int)basisPoints;
        return true;
    }

    private static string PercentText(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.CurrentCulture) + " %";
}
