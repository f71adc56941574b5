using System.Reflection;
using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards.OfficialLibrary;

// Our cards as Microsoft's own JavaScript library (the one Web Chat renders with) reads them.
public class OfficialLibraryTests
{
    [Fact]
    public void Every_sample_card_parses_and_validates_without_an_event()
    {
        var samples = SampleCards.All().ToList();

        var report = OfficialCardLibrary.Check(samples);

        Assert.Equal(samples.Count, report.Checked);
        Assert.True(report.Events.Count == 0, $"The official library reported {report.Events.Count} event(s):\n{string.Join('\n', report.Events)}");
    }

    [Fact]
    public void The_check_reports_what_the_library_objects_to()
    {
        var card = FormParts.NewCard(Catalog.English);
        card.Lang = "zh-Hans";
        card.Body.Add(new AdaptiveTextBlock("Hello") { AdditionalProperties = { ["size"] = "huge" } });

        var report = OfficialCardLibrary.Check([("bad", card), ("good", FormParts.NewCard(Catalog.English))]);

        Assert.Equal(2, report.Checked);
        Assert.All(report.Events, e => Assert.Equal("bad", e.Card));
        Assert.Contains(report.Events, e => e.Phase == "Parse" && e.Message.Contains("zh-Hans", StringComparison.Ordinal));
        Assert.Contains(report.Events, e => e.Phase == "Parse" && e.Message.Contains("huge", StringComparison.Ordinal));
    }

    [Fact]
    public void The_library_is_the_version_Web_Chat_ships()
    {
        var webChat = JObject.Parse(File.ReadAllText(Path.Combine(OfficialCardLibrary.RepositoryRoot, "bot", "node_modules", "botframework-webchat", "package.json")));
        var library = JObject.Parse(File.ReadAllText(Path.Combine(OfficialCardLibrary.PackageFolder, "package.json")));

        Assert.Equal((string?)webChat["dependencies"]?["adaptivecards"], (string?)library["version"]);
        Assert.StartsWith("3.", (string?)library["version"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_card_builder_has_samples_in_every_language()
    {
        var builders = typeof(FormParts).Assembly.GetExportedTypes()
            .Where(type => type != typeof(FormParts))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.ReturnType == typeof(AdaptiveCard))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}")
            .Distinct()
            .ToList();
        var names = SampleCards.All().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.True(builders.Count > 10, $"Found only {builders.Count} card builders.");
        var missing = builders
            .SelectMany(builder => Catalog.Languages.Select(language => (builder, language)))
            .Where(b => !names.Any(n => (n.StartsWith(b.builder + ".", StringComparison.Ordinal) || n.StartsWith(b.builder + " ", StringComparison.Ordinal))
                                        && n.EndsWith($"({b.language})", StringComparison.Ordinal)))
            .Select(b => $"{b.builder} ({b.language})");
        Assert.Empty(missing);
    }
}
