using FrontDesk.Cards.Localization;
using FrontDesk.Data.Staffing;

namespace FrontDesk.Bot.Features.Staffing;

// A roster import's outcome in the reader's language, one line per fact: the summary, then each problem. Values
// come from the file: `quote` treats them (CardText.Escape for a card). Columns are named in the reader's language.
public static class RosterImportText
{
    public static IReadOnlyList<string> Lines(RosterImportResult result, Texts texts, Func<string?, string?>? quote = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        quote ??= v => v;
        if (result.Succeeded)
        {
            var lines = new List<string> { texts.Format("roster.import.done", string.Join(", ", result.Months), result.Added, result.Removed, result.Unchanged) };
            if (result.InThePast > 0)
            {
                lines.Add(texts.Format("roster.import.past", result.InThePast));
            }
            return lines;
        }
        var problems = new List<string> { texts.Format("roster.import.failed", result.MoreErrors ? $"{result.Errors.Count}+" : result.Errors.Count) };
        problems.AddRange(result.Errors.Select(e => texts.Format(Key(e.Code), e.Line, e.Column is null ? null : texts[$"roster.column.{e.Column}"], quote(e.Value), e.OtherLine)));
        if (result.MoreErrors)
        {
            problems.Add(texts["roster.import.moreErrors"]);
        }
        return problems;
    }

    // RosterImportErrorCode.BadTime → "roster.import.error.badTime"
    public static string Key(RosterImportErrorCode code)
    {
        var name = code.ToString();
        return "roster.import.error." + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
