using System.Text.RegularExpressions;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Localization;

public partial class CatalogTests
{
    [Fact]
    public void Every_string_exists_in_English_and_Chinese_with_the_same_placeholders()
    {
        var catalog = Catalog.Default;
        var english = catalog.Entries(Catalog.English);
        var chinese = catalog.Entries(Catalog.Chinese);

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.True(Placeholders(text).SetEquals(Placeholders(chinese[key])), $"{key}: placeholders differ");
        }
    }

    [Fact]
    public void Chinese_strings_are_translated_not_copied()
    {
        var english = Catalog.Default.Entries(Catalog.English);
        var chinese = Catalog.Default.Entries(Catalog.Chinese);
        // A language switch names the other language ("中文" in English, "English" in Chinese).
        // A pure layout string ("{0}，{1} · {2}") has no words to translate.
        var untranslated = chinese
            .Where(e => !Cjk().IsMatch(e.Value) && !Cjk().IsMatch(english[e.Key]) && Placeholder().Replace(e.Value, "").Any(char.IsLetter))
            .Select(e => e.Key).ToList();
        Assert.Empty(untranslated);
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("ZH", "zh-Hans")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("fr-FR", "en")]
    public void Locales_map_to_a_language_with_English_as_the_fallback(string? locale, string expected)
    {
        Assert.Equal(expected, Catalog.Default.For(locale).Language);
    }

    [Fact]
    public void The_fallback_language_is_configurable()
    {
        var catalog = new Catalog(Catalog.Chinese);
        Assert.Equal(Catalog.Chinese, catalog.For("de-DE").Language);
        Assert.Equal("抱歉，我们这边出了点问题。请再试一次；如果一直出现，请联系前台。", catalog.For("de-DE")["common.error"]);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
