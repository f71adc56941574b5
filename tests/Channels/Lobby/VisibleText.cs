using System.Text.Json;

namespace FrontDesk.Tests.Channels.Lobby;

// Everything a visitor would read in an activity: its text, card texts and button titles.
public static class VisibleText
{
    public static string Of(JsonElement activity)
    {
        var parts = new List<string>();
        Collect(activity, parts);
        return string.Join(" | ", parts);
    }

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        parts.Add(property.Value.GetString()!);
                    }
                    else if (property.Name is "attachments" or "content" or "body" or "actions" or "items" or "columns" or "suggestedActions" or "card")
                    {
                        Collect(property.Value, parts);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }
                break;
        }
    }
}
