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

        JsonShape.HasProperties(json, "type", "$schema", "version", "body");
        JsonShape.HasProperties(json["body"]![0]!, "type", "text");
        JsonShape.HasProperties(json["body"]![1]!, "type", "id");
        JsonShape.HasProperties(json["body"]![2]!, "type", "items");
    }

    [Fact]
    public void Set_values_are_written_with_schema_names_and_camel_case_enums() =>
        CheckInFormShape.Verify(Serialize(SampleCards.CheckInForm()));

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
