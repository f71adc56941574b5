using System.Text;

namespace FrontDesk.Cards;

// Text typed by one user and shown to another goes through Escape: Adaptive Card text renders
// markdown, so "[x](http://evil)" must show as those characters, not as a link.
public static class CardText
{
    private const string Special = "\\`*_{}[]()#+-.!<>|~";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                continue;
            }
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
