using AdaptiveCards;
using Microsoft.Bot.Builder.Integration;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

// The Bot Framework serialises Attachment.Content itself; the card must keep its shape under each of its settings.
public class BotFrameworkSerializationTests
{
    public static TheoryData<string> SettingsNames => ["default", "MessageSerializerSettings", "HttpHelper", "ConnectorClient"];

    private static JsonSerializerSettings Settings(string name) => name switch
    {
        "MessageSerializerSettings" => MessageSerializerSettings.Create(),
        "HttpHelper" => HttpHelper.BotMessageSerializerSettings,
        "ConnectorClient" => ConnectorSettings(),
        _ => new JsonSerializerSettings(),
    };

    private static JsonSerializerSettings ConnectorSettings()
    {
        using var client = new ConnectorClient(new Uri("https://smba.example.com/"), MicrosoftAppCredentials.Empty);
        return client.SerializationSettings;
    }

    private static Activity WithCard(AdaptiveCard card)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = card }];
        return (Activity)activity;
    }

    private static JObject SentContent(AdaptiveCard card, string settings)
    {
        var json = JObject.Parse(JsonConvert.SerializeObject(WithCard(card), Settings(settings)));
        Assert.Equal(AdaptiveCard.ContentType, (string?)json["attachments"]![0]!["contentType"]);
        return (JObject)json["attachments"]![0]!["content"]!;
    }

    [Theory]
    [MemberData(nameof(SettingsNames))]
    public void Card_in_an_activity_keeps_its_shape(string settings) =>
        CheckInFormShape.Verify(SentContent(SampleCards.CheckInForm(), settings));

    [Theory]
    [MemberData(nameof(SettingsNames))]
    public void Defaults_stay_out_under_the_sdk_settings(string settings)
    {
        var content = SentContent(new AdaptiveCard(new AdaptiveSchemaVersion(1, 5)) { Body = [new AdaptiveTextBlock("Hi")] }, settings);

        JsonShape.HasProperties(content, "type", "$schema", "version", "body");
        JsonShape.HasProperties(content["body"]![0]!, "type", "text");
    }

    [Theory]
    [MemberData(nameof(SettingsNames))]
    public void Relative_and_data_urls_survive_the_sdks_reflection_over_content(string settings)
    {
        // Microsoft.Bot.Schema's AttachmentMemoryStreamConverter reads every public property of the content.
        var card = new AdaptiveCard(new AdaptiveSchemaVersion(1, 5))
        {
            Body = [new AdaptiveImage("img/logo.png"), new AdaptiveImage("data:image/png;base64," + new string('A', 70_000))],
            Actions = [new AdaptiveOpenUrlAction { UrlString = "/lobby" }],
        };

        var content = SentContent(card, settings);

        Assert.Equal("img/logo.png", (string?)content["body"]![0]!["url"]);
        Assert.Equal(70_022, ((string?)content["body"]![1]!["url"])!.Length);
        Assert.Equal("/lobby", (string?)content["actions"]![0]!["url"]);
    }

    [Theory]
    [MemberData(nameof(SettingsNames))]
    public void Anonymous_objects_in_additional_properties_keep_their_members(string settings)
    {
        var card = new AdaptiveCard(new AdaptiveSchemaVersion(1, 5));
        card.AdditionalProperties["msteams"] = new { width = "Full" };

        Assert.Equal("Full", (string?)SentContent(card, settings)["msteams"]?["width"]);
    }

    [Fact]
    public void Model_has_no_public_static_properties()
    {
        // A static property of a model type makes that reflection walk recurse until the process dies.
        var statics = typeof(AdaptiveCard).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(statics);
    }

    [Theory]
    [MemberData(nameof(SettingsNames))]
    public void Card_read_back_from_an_incoming_activity_matches(string settings)
    {
        var json = JsonConvert.SerializeObject(WithCard(SampleCards.CheckInForm()), Settings(settings));
        var activity = JsonConvert.DeserializeObject<Activity>(json, Settings(settings))!;

        var card = ((JObject)activity.Attachments[0].Content).ToObject<AdaptiveCard>()!;

        CheckInFormShape.Verify(JObject.Parse(JsonConvert.SerializeObject(card)));
    }

    [Fact]
    public void Schema_types_that_name_AdaptiveCard_bind_to_ours_at_run_time()
    {
        // QuickViewResponse.Template is the one place Microsoft.Bot.Schema names AdaptiveCards.AdaptiveCard.
        // Reflection, because the compiler refuses the reference (it asks for the strong-named 1.2.0.0 identity).
        var template = typeof(Microsoft.Bot.Schema.SharePoint.QuickViewResponse).GetProperty("Template")!;
        var response = new Microsoft.Bot.Schema.SharePoint.QuickViewResponse();

        template.SetValue(response, SampleCards.CheckInForm());

        Assert.Same(typeof(AdaptiveCard), template.PropertyType);
        Assert.Equal("AdaptiveCard", (string?)JObject.FromObject(response)["template"]?["type"]);
    }
}
