using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards;

internal static class JsonShape
{
    // Exactly these properties, "type" first when present; the order of the others carries no meaning.
    public static void HasProperties(JToken? token, params string[] expected)
    {
        var names = Assert.IsType<JObject>(token).Properties().Select(p => p.Name).ToList();
        if (expected.Contains("type"))
        {
            Assert.Equal("type", names[0]);
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }
}
