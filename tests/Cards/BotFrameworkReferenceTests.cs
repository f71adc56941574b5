using AdaptiveCards;

namespace FrontDesk.Tests.Cards;

// Our AdaptiveCards stands in for the NuGet package the Bot Framework was compiled against: every type and
// member those binaries reference must exist here with the same signature, or the runtime throws
// TypeLoadException / MissingMethodException when it reaches that code.
public class BotFrameworkReferenceTests
{
    private static readonly string[] BotFrameworkAssemblies =
        System.IO.Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Bot.*.dll");

    private static IEnumerable<AssemblyReferenceScan> Scans() =>
        BotFrameworkAssemblies.Select(path => AssemblyReferenceScan.Of(path, "AdaptiveCards"));

    [Fact]
    public void Scan_sees_the_bot_framework_and_its_known_reference()
    {
        Assert.Contains(BotFrameworkAssemblies, p => Path.GetFileName(p) == "Microsoft.Bot.Schema.dll");
        Assert.Contains("AdaptiveCards.AdaptiveCard", Scans().SelectMany(s => s.Types));
    }

    [Fact]
    public void Every_referenced_type_exists()
    {
        var ours = typeof(AdaptiveCard).Assembly;
        var missing = Scans().SelectMany(s => s.Types).Distinct()
            .Where(name => ours.GetType(name, throwOnError: false) is null);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_referenced_member_exists_with_its_signature()
    {
        var ours = typeof(AdaptiveCard).Assembly;
        var provided = ours.GetTypes().SelectMany(TypeNames.MembersOf).ToHashSet(StringComparer.Ordinal);
        var missing = Scans().SelectMany(s => s.Members).Distinct().Where(m => !provided.Contains(m));

        Assert.Empty(missing);
    }

    [Fact]
    public void Scan_and_reflection_agree_on_what_this_test_assembly_uses()
    {
        // Today the Bot Framework references no AdaptiveCards members, so prove the comparison on our own calls.
        var ours = typeof(AdaptiveCard).Assembly;
        var provided = ours.GetTypes().SelectMany(TypeNames.MembersOf).ToHashSet(StringComparer.Ordinal);
        var used = AssemblyReferenceScan.Of(typeof(BotFrameworkReferenceTests).Assembly.Location, "AdaptiveCards").Members;

        Assert.Contains("AdaptiveCards.AdaptiveTextBlock::.ctor(System.String)->System.Void", used);
        Assert.Contains("AdaptiveCards.AdaptiveSubmitAction::set_Data(System.Object)->System.Void", used);
        Assert.Contains("AdaptiveCards.AdaptiveCard::set_Body(System.Collections.Generic.List`1<AdaptiveCards.AdaptiveElement>)->System.Void", used);
        Assert.All(used, member => Assert.Contains(member, provided));
        Assert.DoesNotContain("AdaptiveCards.AdaptiveTextBlock::set_Text(System.Int32)->System.Void", provided);
    }

    [Fact]
    public void Our_version_satisfies_every_reference()
    {
        // The runtime binds a reference only to an assembly of the same or a higher version.
        var ours = typeof(AdaptiveCard).Assembly.GetName().Version!;
        var tooNew = Scans().Select(s => s.ReferencedVersion).Where(v => v is not null && v > ours);

        Assert.Empty(tooNew);
    }
}
