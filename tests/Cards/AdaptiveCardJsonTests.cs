using AdaptiveCards;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

public class AdaptiveCardJsonTests
{
    private static JObject Serialize(object value) => JObject.Parse(JsonConvert.SerializeObject(value));

    [Fact]
    public void Card_writes_type_first_then_schema_and_version()
    {
        var json = Serialize(new AdaptiveCard(new AdaptiveSchemaVersion(1, 5)) { Body = [new AdaptiveTextBlock("Hi")] });

        var names = json.Properties().Select(p => p.Name).ToList();
        Assert.Equal(["type", "$schema", "version"], names.Take(3));
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
    }

    [Fact]
    public void Defaults_and_nulls_are_left_out()
    {
        var json = Serialize(new AdaptiveCard(new AdaptiveSchemaVersion(1, 5))
        {
            Body = [new AdaptiveTextBlock("Hi"), new AdaptiveTextInput { Id = "x" }, new AdaptiveContainer()],
        });

        Assert.Equal(["type", "$schema", "version", "body"], json.Properties().Select(p => p.Name));
        Assert.Equal(["type", "text"], ((JObject)json["body"]![0]!).Properties().Select(p => p.Name));
        Assert.Equal(["type", "id"], ((JObject)json["body"]![1]!).Properties().Select(p => p.Name));
        Assert.Equal(["type", "items"], ((JObject)json["body"]![2]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public void Set_values_are_written_with_schema_names_and_camel_case_enums()
    {
        var json = Serialize(SampleCards.CheckInForm());
        var body = (JArray)json["body"]!;

        var title = body[0]!;
        Assert.Equal("TextBlock", (string?)title["type"]);
        Assert.Equal("large", (string?)title["size"]);
        Assert.Equal("bolder", (string?)title["weight"]);
        Assert.Equal("heading", (string?)title["style"]);
        Assert.True((bool)title["wrap"]!);

        var name = body[1]!;
        Assert.Equal("Input.Text", (string?)name["type"]);
        Assert.Equal("name", (string?)name["id"]);
        Assert.Equal("Your name", (string?)name["label"]);
        Assert.True((bool)name["isRequired"]!);
        Assert.Equal("Enter your name", (string?)name["errorMessage"]);
        Assert.Equal(80, (int)name["maxLength"]!);

        var guests = body[2]!;
        Assert.Equal("Input.Number", (string?)guests["type"]);
        Assert.Equal(1d, (double)guests["min"]!);
        Assert.Equal(10d, (double)guests["max"]!);
        Assert.Equal(1d, (double)guests["value"]!);

        Assert.Equal("2026-11-28", (string?)body[3]!["value"]);
        Assert.Equal("Input.Time", (string?)body[4]!["type"]);
        Assert.Equal("09:30", (string?)body[4]!["value"]);

        var toggle = (JObject)body[5]!;
        Assert.Equal("Input.Toggle", (string?)toggle["type"]);
        Assert.Equal("I accept the visitor rules", (string?)toggle["title"]);
        Assert.False(toggle.ContainsKey("valueOn"));
        Assert.False(toggle.ContainsKey("valueOff"));

        var purpose = body[6]!;
        Assert.Equal("Input.ChoiceSet", (string?)purpose["type"]);
        Assert.Equal("expanded", (string?)purpose["style"]);
        Assert.Equal("delivery", (string?)purpose["choices"]![1]!["value"]);
        Assert.Equal(["title", "value"], ((JObject)purpose["choices"]![0]!).Properties().Select(p => p.Name));

        var container = body[7]!;
        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal("FactSet", (string?)container["items"]![0]!["type"]);
        Assert.Equal("Ann", (string?)container["items"]![0]!["facts"]![0]!["value"]);

        var columns = body[8]!["columns"]!;
        Assert.Equal("Column", (string?)columns[0]!["type"]);
        Assert.Equal("auto", (string?)columns[0]!["width"]);
        var image = columns[0]!["items"]![0]!;
        Assert.Equal("Image", (string?)image["type"]);
        Assert.Equal("https://example.com/a.png", (string?)image["url"]);
        Assert.Equal("person", (string?)image["style"]);
        Assert.Equal("small", (string?)image["size"]);
        var run = columns[1]!["items"]![0]!["inlines"]![0]!;
        Assert.Equal("TextRun", (string?)run["type"]);
        Assert.True((bool)run["italic"]!);
        Assert.Equal("attention", (string?)run["color"]);
    }

    [Fact]
    public void Actions_carry_their_data_and_nested_cards()
    {
        var actions = (JArray)Serialize(SampleCards.CheckInForm())["actions"]!;

        Assert.Equal("Action.Submit", (string?)actions[0]!["type"]);
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Equal("checkin", (string?)actions[0]!["data"]!["action"]);
        Assert.Equal("Action.ShowCard", (string?)actions[1]!["type"]);
        Assert.Equal("AdaptiveCard", (string?)actions[1]!["card"]!["type"]);
        Assert.Equal("Details", (string?)actions[1]!["card"]!["body"]![0]!["text"]);
        Assert.Equal("Action.OpenUrl", (string?)actions[2]!["type"]);
        Assert.Equal("https://example.com/map", (string?)actions[2]!["url"]);
    }

    [Fact]
    public void Explicit_non_default_values_of_defaulted_properties_are_written()
    {
        var json = Serialize(new AdaptiveTextBlock("x")
        {
            IsVisible = false,
            Separator = true,
            Spacing = AdaptiveSpacing.ExtraLarge,
            Height = AdaptiveHeight.Stretch,
            HorizontalAlignment = AdaptiveHorizontalAlignment.Center,
            MaxLines = 2,
            IsSubtle = true,
        });

        Assert.False((bool)json["isVisible"]!);
        Assert.True((bool)json["separator"]!);
        Assert.Equal("extraLarge", (string?)json["spacing"]);
        Assert.Equal("stretch", (string?)json["height"]);
        Assert.Equal("center", (string?)json["horizontalAlignment"]);
        Assert.Equal(2, (int)json["maxLines"]!);
        Assert.True((bool)json["isSubtle"]!);
    }

    [Fact]
    public void Toggle_writes_non_default_on_and_off_values()
    {
        var json = Serialize(new AdaptiveToggleInput { Id = "t", Title = "T", ValueOn = "yes", ValueOff = "no", Value = "yes" });

        Assert.Equal("yes", (string?)json["valueOn"]);
        Assert.Equal("no", (string?)json["valueOff"]);
        Assert.Equal("yes", (string?)json["value"]);
    }

    [Fact]
    public void Pixel_sizes_are_written_with_px()
    {
        var json = Serialize(new AdaptiveImage("data:image/png;base64,AAAA") { PixelWidth = 64, Height = new AdaptiveHeight(32) });

        Assert.Equal("64px", (string?)json["width"]);
        Assert.Equal("32px", (string?)json["height"]);
        Assert.Equal("data:image/png;base64,AAAA", (string?)json["url"]);
    }

    [Fact]
    public void Additional_properties_are_written_inline()
    {
        var card = new AdaptiveCard(new AdaptiveSchemaVersion(1, 5));
        card.AdditionalProperties["msteams"] = new { width = "Full" };

        Assert.Equal("Full", (string?)Serialize(card)["msteams"]!["width"]);
    }

    [Fact]
    public void Schema_version_prints_and_compares()
    {
        Assert.Equal("1.5", new AdaptiveSchemaVersion(1, 5).ToString());
        Assert.Equal(new AdaptiveSchemaVersion(1, 5), new AdaptiveSchemaVersion("1.5"));
        Assert.True(new AdaptiveSchemaVersion(1, 10) > new AdaptiveSchemaVersion("1.5"));
        Assert.Throws<ArgumentException>(() => new AdaptiveSchemaVersion("one.five"));
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);
    }
}
