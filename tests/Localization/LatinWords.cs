using System.Text.RegularExpressions;

namespace FrontDesk.Tests.Localization;

// Finds English left in Chinese text: words of Latin letters that are not a name, a code or a unit.
internal static partial class LatinWords
{
    // Each kept for a reason; add a word only with one.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        // Product and format names, written so in Chinese too.
        "Teams", "Excel", "CSV", "UTF", "QR",
        // Units.
        "KB", "MB",
        // The language switch names the other language in that language.
        "English",
        // The directory import's column names: part of the file format, typed as they are.
        "name", "floor", "suite", "aliases", "email", "phone", "company",
        // The call-record import's answered column takes yes/no as phone systems write them, and its error
        // names the setting (Calls:Records) where the column names are mapped.
        "yes", "no", "Calls", "Records", "inbound", "outbound", "internal",
        // The phone system's column names as configured by default (Calls:Records:*): the file's own words.
        "Start", "Time", "Call", "Caller", "ID", "Direction", "Ring", "Duration", "Answered", "Agent",
        // The people, companies and carriers of the card samples (tests/Cards/SampleCards*.cs): names are
        // shown as written whatever the reader's language.
        "Ann", "Lee", "Wei", "Zhang", "Li", "Na", "Zhou", "Min", "Sam", "Ray", "Chen", "Jie", "Max", "Turner", "Smith",
        "Harbour", "Logistics", "House", "Blue", "Design", "Northwind", "Traders", "Acme", "Couriers", "SF", "Express", "DHL",
        // The currency of training costs as configured (Training:Currency), shown as written.
        "CNY",
        // The audit log's details are stored as written, naming records by id (visits=12,19), and shown so.
        "visits",
    };

    // What the samples' users typed (purposes, notes, reasons, a mistyped command): shown as typed.
    private static readonly string[] Typed =
    [
        "Quarterly review", "Delivery of samples", "Fragile – keep upright", "Banned after the incident on 2 Oct",
        "Left by the courier at 9:05", "chek in", "at reception", "Zhou M.", "Zhou L.",
        "Please call about the **lease** renewal before noon.", "The courier comes at 15:00.", "yesterday",
        "Fire drill", "Zhou Min is ill",
    ];

    public static IReadOnlyList<string> In(string text)
    {
        var rest = Address().Replace(MarkdownEscape().Replace(text, "$1"), " ");
        foreach (var phrase in Typed)
        {
            rest = rest.Replace(phrase, " ", StringComparison.Ordinal);
        }
        return [.. Word().Matches(rest).Select(m => m.Value).Where(w => !w.Any(char.IsAsciiDigit) && !Allowed.Contains(w))];
    }

    // Card text is markdown: "li\.na" reads "li.na".
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~])")]
    private static partial Regex MarkdownEscape();

    // Links, email addresses and file names are addresses, not words.
    [GeneratedRegex(@"(https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)*|[\w-]*\.(csv|xlsx|png)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // Latin letters and digits, joined by - _ . ' ; a word with a digit is a code (M-20261128-0007, K7M2QX, UTF-8).
    [GeneratedRegex(@"(?<![A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[-_.'’][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*")]
    private static partial Regex Word();
}
