using System.Text;

namespace FrontDesk.Cards.Common;

// Makes user-typed text (a visitor's name, a feedback comment) show literally in a TextBlock. Card text is
// markdown: "[x](http://evil)" would be a link, "**a**" bold, "- a" a list, "{{DATE(...)}}" a date function.
public static class CardText
{
    // CommonMark lets a backslash escape any ASCII punctuation; these are the ones with meaning in card text.
    private const string Markdown = "\\`*_{}[]()<>#+-.!|~&";
    private const char WordJoiner = '\u2060';

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + (text.Length / 4));
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                escaped.Append('\n');
                atLineStart = true;
                continue;
            }

            if (char.IsControl(c) || IsBidiControl(c))
            {
                continue;
            }

            // Leading indentation would make a code block; a leading "=" run under a line, a heading.
            if (atLineStart && c is ' ' or '\t')
            {
                continue;
            }

            if (Markdown.Contains(c, StringComparison.Ordinal) || (atLineStart && c == '='))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            atLineStart = false;
        }

        return escaped.ToString();
    }

    // For the kiosk: Web Chat also turns bare addresses into links after the markdown ("http://…", "evil.com",
    // "me@evil.com"). An invisible word joiner after '.', ':', '/' and '@' inside a word reads the same and
    // leaves no address to find.
    public static string EscapeForWebChat(string? text)
    {
        var escaped = Escape(text);
        var unlinked = new StringBuilder(escaped.Length + 8);
        for (var i = 0; i < escaped.Length; i++)
        {
            unlinked.Append(escaped[i]);
            if (escaped[i] is '.' or ':' or '/' or '@' && i + 1 < escaped.Length && !char.IsWhiteSpace(escaped[i + 1]))
            {
                unlinked.Append(WordJoiner);
            }
        }
        return unlinked.ToString();
    }

    // "Name (Company)" in card text, each part escaped; the name alone when there is no company or it is the company.
    public static string NameAndCompany(string name, string? company) =>
        string.IsNullOrEmpty(company) || company == name ? Escape(name) : $"{Escape(name)} ({Escape(company)})";

    // The same for plain text (choice titles, input values, texts that escape it later): no markdown there.
    public static string PlainNameAndCompany(string name, string? company) =>
        string.IsNullOrEmpty(company) || company == name ? name : $"{name} ({company})";

    // Direction overrides can make a name read differently from what it is ("Trojan Source").
    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
