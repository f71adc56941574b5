using AdaptiveCards;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

public class SystemTextJsonTests
{
    [Fact]
    public void A_card_written_by_system_text_json_has_the_schema_shape()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SampleCards.CheckInForm());

        CheckInFormShape.Verify(JObject.Parse(json));
    }

    [Fact]
    public void A_card_as_object_content_is_written_the_same_way()
    {
        // Attachment.Content is typed object; System.Text.Json then picks the converter from the runtime type.
        var json = System.Text.Json.JsonSerializer.Serialize(new { content = (object)SampleCards.CheckInForm() });

        CheckInFormShape.Verify((JObject)JObject.Parse(json)["content"]!);
    }

    [Fact]
    public void A_card_reads_back_through_system_text_json()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SampleCards.CheckInForm());

        var card = System.Text.Json.JsonSerializer.Deserialize<AdaptiveCard>(json)!;

        Assert.IsType<AdaptiveTextInput>(card.Body[1]);
        CheckInFormShape.Verify(JObject.Parse(card.ToJson()));
    }
}
