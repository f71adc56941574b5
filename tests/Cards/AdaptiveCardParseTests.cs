using AdaptiveCards;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

public class AdaptiveCardParseTests
{
    [Fact]
    public void A_written_card_reads_back_to_the_same_json()
    {
        var card = AdaptiveCard.FromJson(SampleCards.CheckInForm().ToJson()).Card!;

        CheckInFormShape.Verify(JObject.Parse(card.ToJson()));
    }

    [Fact]
    public void Elements_and_actions_read_back_as_their_model_types()
    {
        var card = AdaptiveCard.FromJson(SampleCards.CheckInForm().ToJson()).Card!;

        Assert.Equal(new AdaptiveSchemaVersion(1, 5), card.Version);
        Assert.Equal("en", card.Lang);
        var name = Assert.IsType<AdaptiveTextInput>(card.Body[1]);
        Assert.True(name.IsRequired);
        Assert.Equal(80, name.MaxLength);
        Assert.Equal(10d, Assert.IsType<AdaptiveNumberInput>(card.Body[2]).Max);
        Assert.Equal(AdaptiveChoiceInputStyle.Expanded, Assert.IsType<AdaptiveChoiceSetInput>(card.Body[6]).Style);
        var column = Assert.IsType<AdaptiveColumnSet>(card.Body[8]).Columns[0];
        Assert.Equal(AdaptiveImageStyle.Person, Assert.IsType<AdaptiveImage>(column.Items[0]).Style);
        var submit = Assert.IsType<AdaptiveSubmitAction>(card.Actions[0]);
        Assert.Equal(AdaptiveActionStyle.Positive, submit.Style);
        Assert.Equal("checkin", (string?)Assert.IsType<JObject>(submit.Data)["action"]);
        Assert.IsType<AdaptiveTextBlock>(Assert.IsType<AdaptiveShowCardAction>(card.Actions[1]).Card!.Body[0]);
        Assert.Equal(new Uri("https://example.com/map"), Assert.IsType<AdaptiveOpenUrlAction>(card.Actions[2]).Url);
    }

    [Fact]
    public void Schema_shortcuts_and_sizes_are_understood()
    {
        const string json = """
            {"type":"AdaptiveCard","version":"1.5","minHeight":"120px","body":[
              {"type":"RichTextBlock","inlines":["plain",{"type":"TextRun","text":"bold","weight":"bolder"}]},
              {"type":"Image","url":"https://example.com/x.png","height":"48px","width":"64px"},
              {"type":"Container","height":"stretch","items":[]}]}
            """;

        var card = AdaptiveCard.FromJson(json).Card!;

        Assert.Equal(120u, card.PixelMinHeight);
        var inlines = Assert.IsType<AdaptiveRichTextBlock>(card.Body[0]).Inlines;
        Assert.Equal("plain", Assert.IsType<AdaptiveTextRun>(inlines[0]).Text);
        Assert.Equal(AdaptiveTextWeight.Bolder, Assert.IsType<AdaptiveTextRun>(inlines[1]).Weight);
        var image = Assert.IsType<AdaptiveImage>(card.Body[1]);
        Assert.Equal(new AdaptiveHeight(48), image.Height);
        Assert.Equal(64u, image.PixelWidth);
        Assert.Equal(AdaptiveHeight.Stretch, card.Body[2].Height);
    }

    [Fact]
    public void Unknown_types_and_properties_are_kept_and_reported()
    {
        const string json = """
            {"type":"AdaptiveCard","version":"1.5","msteams":{"width":"Full"},
             "body":[{"type":"Media","sources":[{"url":"https://example.com/v.mp4"}]}],
             "actions":[{"type":"Action.Popover","title":"More","content":{"type":"TextBlock","text":"x"}}]}
            """;

        var result = AdaptiveCard.FromJson(json);
        var written = JObject.Parse(result.Card!.ToJson());

        Assert.Equal(2, result.Warnings.Count);
        Assert.Equal("Media", Assert.IsType<AdaptiveUnknownElement>(result.Card.Body[0]).Type);
        Assert.Equal("Full", (string?)written["msteams"]!["width"]);
        Assert.Equal("https://example.com/v.mp4", (string?)written["body"]![0]!["sources"]![0]!["url"]);
        Assert.Equal("Action.Popover", (string?)written["actions"]![0]!["type"]);
        Assert.Equal("x", (string?)written["actions"]![0]!["content"]!["text"]);
        Assert.Equal("More", (string?)written["actions"]![0]!["title"]);
    }

    [Fact]
    public void Date_like_strings_in_data_stay_as_written()
    {
        const string json = """
            {"type":"AdaptiveCard","version":"1.5","x-day":"2026-11-28",
             "actions":[{"type":"Action.Submit","data":{"day":"2026-11-28","at":"2026-11-28T09:30:00+08:00"}}]}
            """;

        var written = JsonConvert.DeserializeObject<JObject>(
            AdaptiveCard.FromJson(json).Card!.ToJson(), new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

        Assert.Equal("2026-11-28", written["x-day"]!.ToString());
        Assert.Equal("2026-11-28", written["actions"]![0]!["data"]!["day"]!.ToString());
        Assert.Equal("2026-11-28T09:30:00+08:00", written["actions"]![0]!["data"]!["at"]!.ToString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"type":"Message","version":"1.5"}""")]
    [InlineData("null")]
    public void What_is_not_a_card_is_refused(string json) =>
        Assert.Throws<AdaptiveSerializationException>(() => AdaptiveCard.FromJson(json));

    [Fact]
    public void Data_json_round_trips_through_the_data_property()
    {
        var submit = new AdaptiveSubmitAction { DataJson = """{"visit":42}""" };

        Assert.Equal(42, (int)JObject.Parse(JsonConvert.SerializeObject(submit))["data"]!["visit"]!);
        Assert.Equal("""{"visit":42}""", submit.DataJson);
    }
}
