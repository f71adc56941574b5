using FrontDesk.Cards.Common;

namespace FrontDesk.Tests.Cards;

public class CardTextTests
{
    [Theory]
    [InlineData("[x](http://evil)", @"\[x\]\(http://evil\)")]
    [InlineData("**bold** _it_ ~~gone~~", @"\*\*bold\*\* \_it\_ \~\~gone\~\~")]
    [InlineData("![pixel](http://t.example/p.gif)", @"\!\[pixel\]\(http://t\.example/p\.gif\)")]
    [InlineData("<http://evil.example>", @"\<http://evil\.example\>")]
    [InlineData("&#91;x&#93;&#40;http://evil&#41;", @"\&\#91;x\&\#93;\&\#40;http://evil\&\#41;")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("a | b", @"a \| b")]
    [InlineData("[x][1]\n[1]: http://evil", "\\[x\\]\\[1\\]\n\\[1\\]: http://evil")]
    public void Markdown_shows_literally(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    // Web Chat's linkify finds schemes (http:, mailto:, //), dotted names and e-mail addresses in the text.
    [Theory]
    [InlineData("http://evil.example", "http:\u2060/\u2060/\u2060evil\\.\u2060example")]
    [InlineData("www.evil.com", "www\\.\u2060evil\\.\u2060com")]
    [InlineData("mailto:me@evil.com", "mailto:\u2060me@\u2060evil\\.\u2060com")]
    [InlineData("J. Smith", "J\\. Smith")]
    [InlineData("Dr. Li:", "Dr\\. Li:")]
    public void At_the_kiosk_no_address_is_left_for_Web_Chat_to_link(string input, string expected) =>
        Assert.Equal(expected, CardText.EscapeForWebChat(input));

    [Theory]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("2) second", @"2\) second")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("Title\n===", "Title\n\\===")]
    [InlineData("    indented code", "indented code")]
    [InlineData("ok\n\t- nested", "ok\n\\- nested")]
    public void Line_start_markers_lose_their_meaning(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData("{{DATE(2026-11-28T09:00:00Z, SHORT)}}", @"\{\{DATE\(2026\-11\-28T09:00:00Z, SHORT\)\}\}")]
    [InlineData("{{TIME(2026-11-28T09:00:00Z)}}", @"\{\{TIME\(2026\-11\-28T09:00:00Z\)\}\}")]
    public void Date_and_time_functions_are_not_evaluated(string input, string expected)
    {
        var escaped = CardText.Escape(input);

        Assert.Equal(expected, escaped);
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("DATE(", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("TIME(", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ann\u0000\u0007\u001b[31m", @"Ann\[31m")]
    [InlineData("a\r\nb\rc\u2028d", "a\nb\nc\nd")]
    [InlineData("evil\u202Egnp.exe", "evilgnp\\.exe")]
    [InlineData("\u2066x\u2069\u200F", "x")]
    [InlineData("\u0085next", "next")]
    public void Control_and_direction_characters_are_removed(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Zhang Wei 张伟", "Zhang Wei 张伟")]
    [InlineData("O'Brien & Sons", @"O'Brien \& Sons")]
    [InlineData("👩‍💻 Dev", "👩‍💻 Dev")]
    public void Ordinary_text_is_kept(string? input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Theory]
    [InlineData("[**x**](javascript:alert(1)) <b>#1</b> {{DATE(x)}} ~_`|!&")]
    [InlineData("\\[already\\](escaped)")]
    [InlineData("\\\\*")]
    public void Every_markdown_character_comes_out_escaped(string input)
    {
        var escaped = CardText.Escape(input);

        for (var i = 0; i < escaped.Length; i++)
        {
            if (@"\`*_{}[]()<>#+-.!|~&".Contains(escaped[i], StringComparison.Ordinal))
            {
                Assert.True(escaped[i] == '\\' && i + 1 < escaped.Length, $"unescaped '{escaped[i]}' at {i} in {escaped}");
                i++;
            }
        }

        Assert.Equal(input, Unescape(escaped));
    }

    private static string Unescape(string escaped) =>
        System.Text.RegularExpressions.Regex.Replace(escaped, @"\\(.)", "$1");
}
