using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;

namespace FrontDesk.Bot.Features.Calls;

// A call-record import's outcome in the reader's language, one line per fact: the summary, then each problem.
// Values come from the file: `quote` treats them (CardText.Escape for a card).
public static class CallImportText
{
    public static IReadOnlyList<string> Lines(CallImportResult result, Texts texts, Func<string?, string?>? quote = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        quote ??= v => v;
        if (result.Succeeded)
        {
            return [texts.Format("calls.import.done", result.Added, result.AlreadyImported)];
        }
        var lines = new List<string> { texts.Format("calls.import.failed", result.MoreErrors ? $"{result.Errors.Count}+" : result.Errors.Count) };
        lines.AddRange(result.Errors.Select(e => texts.Format(Key(e.Code), e.Line, quote(e.Column), quote(e.Value), e.OtherLine)));
        if (result.MoreErrors)
        {
            lines.Add(texts["calls.import.moreErrors"]);
        }
        return lines;
    }

    // CallImportErrorCode.BadTime → "calls.import.error.badTime"
    public static string Key(CallImportErrorCode code)
    {
        var name = code.ToString();
        return "calls.import.error." + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
