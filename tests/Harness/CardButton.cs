using System.Globalization;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Harness;

// A button press as Teams makes it: the button's own data from the card the bot sent, plus the current value
// of every input the button submits (the card's defaults unless the test typed something else). A test can
// only type into inputs the card has, so a renamed field or a lost button fails the test.
public static class CardButton
{
    public static JObject Press(JObject card, string title, IReadOnlyDictionary<string, string>? typed = null, string? within = null)
    {
        var buttons = Buttons(card, [card]).Where(b => (string?)b.Action["title"] == title).ToList();
        if (within is not null)
        {
            buttons = [.. buttons.Where(b => b.Context.Contains(within, StringComparison.Ordinal))];
        }
        Assert.True(buttons.Count == 1, $"The card has {buttons.Count} submit buttons titled '{title}'{(within is null ? "" : $" near '{within}'")}. Buttons: {string.Join(", ", Buttons(card, [card]).Select(b => (string?)b.Action["title"]))}");
        var (action, scopes, _) = buttons[0];
        var value = action["data"] is JObject data ? (JObject)data.DeepClone() : [];
        var inputs = scopes.SelectMany(Inputs).ToList();
        foreach (var input in inputs)
        {
            value[(string)input["id"]!] = CurrentValue(input);
        }
        foreach (var (id, text) in typed ?? new Dictionary<string, string>())
        {
            Assert.True(inputs.Any(i => (string?)i["id"] == id), $"The card has no input '{id}' that '{title}' submits. Inputs: {string.Join(", ", inputs.Select(i => (string?)i["id"]))}");
            value[id] = text;
        }
        return value;
    }

    // Every Action.Submit with the cards whose inputs it sends (a show-card's button sends its own and its parents')
    // and the text around it (the container it sits in), for telling apart buttons with the same title.
    public static IEnumerable<(JObject Action, IReadOnlyList<JObject> Scopes, string Context)> Buttons(JObject card, IReadOnlyList<JObject> scopes)
    {
        foreach (var (action, context) in Actions(card, card))
        {
            switch ((string?)action["type"])
            {
                case "Action.Submit":
                    yield return (action, scopes, context);
                    break;
                case "Action.ShowCard" when action["card"] is JObject shown:
                    foreach (var inner in Buttons(shown, [.. scopes, shown]))
                    {
                        yield return inner;
                    }
                    break;
            }
        }
    }

    private static IEnumerable<(JObject Action, string Context)> Actions(JToken node, JObject container)
    {
        if (node is JObject o)
        {
            var here = (string?)o["type"] is "Container" or "Column" ? o : container;
            if (o["actions"] is JArray actions)
            {
                foreach (var a in actions.OfType<JObject>())
                {
                    yield return (a, Text(here));
                }
            }
            foreach (var p in o.Properties().Where(p => p.Name is "body" or "items" or "columns"))
            {
                foreach (var child in p.Value.Children())
                {
                    foreach (var found in Actions(child, here))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    // Inputs of this card only: a show-card's own inputs belong to it, not to its parent.
    private static IEnumerable<JObject> Inputs(JObject card)
    {
        foreach (var p in card.Properties().Where(p => p.Name is "body"))
        {
            foreach (var input in InputsIn(p.Value))
            {
                yield return input;
            }
        }
    }

    private static IEnumerable<JObject> InputsIn(JToken node)
    {
        if (node is JArray array)
        {
            foreach (var item in array.SelectMany(InputsIn))
            {
                yield return item;
            }
        }
        else if (node is JObject o)
        {
            if (((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && o["id"] is not null)
            {
                yield return o;
            }
            foreach (var p in o.Properties().Where(p => p.Name is "items" or "columns" or "rows" or "cells"))
            {
                foreach (var item in InputsIn(p.Value))
                {
                    yield return item;
                }
            }
        }
    }

    // Teams sends every input as text: a toggle's valueOn/valueOff, a number as written, an empty box as "".
    private static string CurrentValue(JObject input)
    {
        var value = input["value"];
        if ((string?)input["type"] == "Input.Toggle")
        {
            var on = (string?)input["valueOn"] ?? "true";
            return value?.ToString() == on ? on : (string?)input["valueOff"] ?? "false";
        }
        return value switch
        {
            null => "",
            { Type: JTokenType.Float } => ((double)value).ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    private static string Text(JObject container) => string.Join(" ", container.Descendants().OfType<JProperty>()
        .Where(p => p.Name is "text" && p.Value.Type == JTokenType.String).Select(p => (string)p.Value!));
}
