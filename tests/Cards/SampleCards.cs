using AdaptiveCards;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Cards;

// Cards to check as a whole: every card builder in cards/, in every language, with realistic values, plus one
// hand-made card that uses every kind of element and action the object model writes.
internal static partial class SampleCards
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        yield return ("ObjectModel.CheckInForm", CheckInForm());
        foreach (var language in Catalog.Languages)
        {
            var t = Catalog.Default.For(language);
            foreach (var (name, card) in Teams(t).Concat(Visits(t)).Concat(Calls(t)).Concat(Feedback(t)).Concat(Assessment(t)).Concat(Training(t)).Concat(Traffic(t)).Concat(Staffing(t)).Concat(Reports(t)).Concat(Supervision(t)).Concat(Privacy(t)).Concat(Lobby(t)))
            {
                yield return ($"{name} ({language})", card);
            }
        }
    }

    public static AdaptiveCard CheckInForm() => new(new AdaptiveSchemaVersion(1, 5))
    {
        Lang = "en",
        FallbackText = "Please update your app to check in.",
        Body =
        [
            new AdaptiveTextBlock("Welcome") { Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Style = AdaptiveTextBlockStyle.Heading, Wrap = true },
            new AdaptiveTextInput { Id = "name", Label = "Your name", IsRequired = true, ErrorMessage = "Enter your name", MaxLength = 80 },
            new AdaptiveNumberInput { Id = "guests", Min = 1, Max = 10, Value = 1 },
            new AdaptiveDateInput { Id = "day", Value = "2026-11-28" },
            new AdaptiveTimeInput { Id = "at", Value = "09:30" },
            new AdaptiveToggleInput { Id = "nda", Title = "I accept the visitor rules" },
            new AdaptiveChoiceSetInput
            {
                Id = "purpose",
                Style = AdaptiveChoiceInputStyle.Expanded,
                Choices = [new AdaptiveChoice { Title = "Meeting", Value = "meeting" }, new AdaptiveChoice { Title = "Delivery", Value = "delivery" }],
            },
            new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis,
                Items = [new AdaptiveFactSet { Facts = [new AdaptiveFact("Host", "Ann")] }],
            },
            new AdaptiveColumnSet
            {
                Columns =
                [
                    new AdaptiveColumn { Width = AdaptiveColumnWidth.Auto, Items = [new AdaptiveImage("https://example.com/a.png") { Style = AdaptiveImageStyle.Person, Size = AdaptiveImageSize.Small, AltText = "Ann" }] },
                    new AdaptiveColumn { Width = AdaptiveColumnWidth.Stretch, Items = [new AdaptiveRichTextBlock { Inlines = [new AdaptiveTextRun("late") { Italic = true, Color = AdaptiveTextColor.Attention }] }] },
                ],
            },
        ],
        Actions =
        [
            new AdaptiveSubmitAction { Title = "Check in", Style = AdaptiveActionStyle.Positive, Data = new { action = "checkin" } },
            new AdaptiveShowCardAction { Title = "More", Card = new AdaptiveCard(new AdaptiveSchemaVersion(1, 5)) { Body = [new AdaptiveTextBlock("Details")] } },
            new AdaptiveOpenUrlAction { Title = "Map", Url = new Uri("https://example.com/map") },
        ],
    };
}
