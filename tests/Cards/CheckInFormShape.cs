using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

// The JSON that SampleCards.CheckInForm must become, however it is serialised.
internal static class CheckInFormShape
{
    public static void Verify(JObject card)
    {
        JsonShape.HasProperties(card, "type", "$schema", "version", "fallbackText", "lang", "body", "actions");
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        VerifyBody((JArray)card["body"]!);
        VerifyActions((JArray)card["actions"]!);
    }

    private static void VerifyBody(JArray body)
    {
        var title = (JObject)body[0]!;
        JsonShape.HasProperties(title, "type", "text", "size", "weight", "wrap", "style");
        Assert.Equal("TextBlock", (string?)title["type"]);
        Assert.Equal("large", (string?)title["size"]);
        Assert.Equal("bolder", (string?)title["weight"]);
        Assert.Equal("heading", (string?)title["style"]);
        Assert.True((bool)title["wrap"]!);

        var name = (JObject)body[1]!;
        JsonShape.HasProperties(name, "type", "id", "label", "isRequired", "errorMessage", "maxLength");
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

        Assert.Equal("Input.Date", (string?)body[3]!["type"]);
        Assert.Equal("2026-11-28", (string?)body[3]!["value"]);
        Assert.Equal("Input.Time", (string?)body[4]!["type"]);
        Assert.Equal("09:30", (string?)body[4]!["value"]);

        var toggle = (JObject)body[5]!;
        JsonShape.HasProperties(toggle, "type", "id", "title");
        Assert.Equal("Input.Toggle", (string?)toggle["type"]);
        Assert.Equal("I accept the visitor rules", (string?)toggle["title"]);

        var purpose = body[6]!;
        Assert.Equal("Input.ChoiceSet", (string?)purpose["type"]);
        Assert.Equal("expanded", (string?)purpose["style"]);
        Assert.Equal("delivery", (string?)purpose["choices"]![1]!["value"]);
        JsonShape.HasProperties(purpose["choices"]![0]!, "title", "value");

        var container = body[7]!;
        Assert.Equal("Container", (string?)container["type"]);
        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal("FactSet", (string?)container["items"]![0]!["type"]);
        Assert.Equal("Host", (string?)container["items"]![0]!["facts"]![0]!["title"]);
        Assert.Equal("Ann", (string?)container["items"]![0]!["facts"]![0]!["value"]);

        Assert.Equal("ColumnSet", (string?)body[8]!["type"]);
        var columns = body[8]!["columns"]!;
        Assert.Equal("Column", (string?)columns[0]!["type"]);
        Assert.Equal("auto", (string?)columns[0]!["width"]);
        Assert.Equal("stretch", (string?)columns[1]!["width"]);
        var image = columns[0]!["items"]![0]!;
        Assert.Equal("Image", (string?)image["type"]);
        Assert.Equal("https://example.com/a.png", (string?)image["url"]);
        Assert.Equal("Ann", (string?)image["altText"]);
        Assert.Equal("person", (string?)image["style"]);
        Assert.Equal("small", (string?)image["size"]);
        var rich = columns[1]!["items"]![0]!;
        Assert.Equal("RichTextBlock", (string?)rich["type"]);
        var run = rich["inlines"]![0]!;
        Assert.Equal("TextRun", (string?)run["type"]);
        Assert.Equal("late", (string?)run["text"]);
        Assert.True((bool)run["italic"]!);
        Assert.Equal("attention", (string?)run["color"]);
    }

    private static void VerifyActions(JArray actions)
    {
        JsonShape.HasProperties(actions[0]!, "type", "title", "style", "data");
        Assert.Equal("Action.Submit", (string?)actions[0]!["type"]);
        Assert.Equal("Check in", (string?)actions[0]!["title"]);
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Equal("checkin", (string?)actions[0]!["data"]!["action"]);
        Assert.Equal("Action.ShowCard", (string?)actions[1]!["type"]);
        Assert.Equal("AdaptiveCard", (string?)actions[1]!["card"]!["type"]);
        Assert.Equal("Details", (string?)actions[1]!["card"]!["body"]![0]!["text"]);
        Assert.Equal("Action.OpenUrl", (string?)actions[2]!["type"]);
        Assert.Equal("https://example.com/map", (string?)actions[2]!["url"]);
    }
}
