using System.Text.RegularExpressions;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Bot.Channels.Lobby;

// What a visitor's tap or typed words ask for. Typed words are matched against the keywords of every
// language, so "我要离开" works on an English page too; a language keyword also says which language.
public static class VisitorIntent
{
    // Feedback before leaving: "Leave feedback" must not read as "I'm leaving".
    private static readonly (KioskFlow Choice, string Key)[] Order =
    [
        (KioskFlow.Language, "lobby.keywords.language"),
        (KioskFlow.Feedback, "lobby.keywords.feedback"),
        (KioskFlow.Invitation, "lobby.keywords.invitation"),
        (KioskFlow.WalkIn, "lobby.keywords.walkin"),
        (KioskFlow.Leaving, "lobby.keywords.leaving"),
        (KioskFlow.Greeting, "lobby.keywords.greeting"),
    ];

    public static (KioskFlow Choice, string? Language) FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (KioskFlow.Unknown, null);
        }
        var normalized = text.Trim().ToLowerInvariant();
        foreach (var (choice, key) in Order)
        {
            foreach (var language in Catalog.Languages)
            {
                if (Keywords(language, key).Any(k => Matches(normalized, k)))
                {
                    return (choice, language);
                }
            }
        }
        return (KioskFlow.Unknown, null);
    }

    private static IEnumerable<string> Keywords(string language, string key) =>
        Catalog.Default.Get(language, key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Latin keywords must be whole words ("hi" is not in "this"); Chinese ones may sit anywhere.
    private static bool Matches(string text, string keyword) =>
        keyword.All(char.IsAscii)
            ? Regex.IsMatch(text, $@"(^|[^a-z]){Regex.Escape(keyword)}($|[^a-z])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : text.Contains(keyword, StringComparison.Ordinal);
}
