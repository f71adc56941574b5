using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Features.Directory;

// A directory import's outcome in the user's language, one line per fact: the summary, then each problem.
// Values come from the file: escape them before showing them in a card.
public static class ImportResultText
{
    // `quote` treats the values taken from the file (e.g. CardText.Escape for a card).
    public static IReadOnlyList<string> Lines(ImportResult result, Texts texts, Func<string?, string?>? quote = null)
    {
        quote ??= v => v;
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            var kind = texts[result.Kind == ImportKind.Companies ? "import.kind.companies" : "import.kind.members"];
            return [texts.Format("import.done", kind, result.Added, result.Updated, result.Unchanged)];
        }
        var lines = new List<string> { texts.Format("import.failed", result.MoreErrors ? $"{result.Errors.Count}+" : result.Errors.Count) };
        lines.AddRange(result.Errors.Select(e => texts.Format(Key(e.Code), e.Line, e.Field, quote(e.Value), e.OtherLine)));
        if (result.MoreErrors)
        {
            lines.Add(texts["import.moreErrors"]);
        }
        return lines;
    }

    // ImportErrorCode.MissingColumn → "import.error.missingColumn"
    public static string Key(ImportErrorCode code)
    {
        var name = code.ToString();
        return "import.error." + char.ToLowerInvariant(name[0]) + name[1..];
    }
}
