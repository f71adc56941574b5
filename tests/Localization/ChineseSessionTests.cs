using System.Text.RegularExpressions;
using FrontDesk.Cards.Localization;
using FrontDesk.Tests.Cards;
using FrontDesk.Tests.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Localization;

// Everything the bot sends and serves in a Chinese session, scanned for English left in.
public partial class ChineseSessionTests
{
    [Fact]
    public void Every_card_in_Chinese_reads_in_Chinese()
    {
        var found = SampleCards.All()
            .Where(s => s.Name.EndsWith($"({Catalog.Chinese})", StringComparison.Ordinal))
            .SelectMany(s => VisibleTexts(JObject.Parse(s.Card.ToJson())).SelectMany(text => LatinWords.In(text).Select(w => $"{s.Name}: '{w}' in \"{text}\"")))
            .ToList();

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public void Every_Chinese_string_reads_in_Chinese()
    {
        var found = Catalog.Default.Entries(Catalog.Chinese)
            .Where(e => !e.Key.Contains(".keywords.", StringComparison.Ordinal))
            .SelectMany(e => LatinWords.In(Placeholder().Replace(e.Value, " ")).Select(w => $"{e.Key}: '{w}' in \"{e.Value}\""))
            .ToList();

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task The_kiosk_page_the_visit_register_and_the_expired_link_page_read_in_Chinese()
    {
        await using var h = await VisitExportLanguageTests.StartAsync();
        var desk = await h.StaffInChatAsync("Desk", "zh-CN");
        var link = await VisitExportLanguageTests.LinkAsync(h, desk, "访客记录", "zh-CN");

        var config = JObject.Parse(await h.Teams.Client.GetStringAsync(new Uri("/api/lobby/config", UriKind.Relative)));
        using var csv = await VisitExportLanguageTests.DownloadAsync(h, link);
        using var expired = await VisitExportLanguageTests.DownloadAsync(h, link.Replace("?", "x?", StringComparison.Ordinal));
        var served = new Dictionary<string, string>
        {
            ["kiosk page"] = string.Join('\n', ((JObject)config["texts"]![Catalog.Chinese]!).Properties().Select(p => (string)p.Value!)),
            // The seeded names are the data, shown as written.
            ["register CSV"] = (await csv.Content.ReadAsStringAsync()).Replace("Contoso", "", StringComparison.Ordinal),
            ["expired link page"] = HtmlTag().Replace(await expired.Content.ReadAsStringAsync(), " "),
        };

        var found = served.SelectMany(s => LatinWords.In(s.Value).Select(w => $"{s.Key}: '{w}'")).ToList();

        Assert.True(found.Count == 0, string.Join('\n', found));
        Assert.All(served.Values, text => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text));
    }

    // What a reader sees of a card: its texts, facts, labels, placeholders, error messages and button titles
    // (not input values: those are what the user typed).
    private static IEnumerable<string> VisibleTexts(JObject card) =>
        card.Descendants().OfType<JProperty>()
            .Where(p => p.Value.Type == JTokenType.String &&
                        (p.Name is "text" or "title" or "label" or "placeholder" or "errorMessage" or "fallbackText" or "altText" ||
                         (p.Name == "value" && p.Parent?.Parent?.Parent is JProperty { Name: "facts" })))
            .Select(p => (string)p.Value!);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();
}
