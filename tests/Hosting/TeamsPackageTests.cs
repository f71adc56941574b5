using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using FrontDesk.Bot.Channels.Teams.Package;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using SkiaSharp;

namespace FrontDesk.Tests.Hosting;

public class TeamsPackageTests
{
    private const string BotId = "3f2b9a57-4c1e-4d55-9a2e-6f1c2b7d8e90";

    [Fact]
    public void The_package_holds_a_manifest_for_the_configured_bot_and_valid_icons()
    {
        using var zip = new MemoryStream();
        TeamsPackage.Write(zip, BotId, new TeamsPackageOptions { ShortName = "Lobby Desk", ValidDomains = ["desk.example.com"] });

        zip.Position = 0;
        using var archive = new ZipArchive(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "zh-Hans.json"], archive.Entries.Select(e => e.FullName).Order());

        using var manifestStream = archive.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal("1.19", (string?)manifest["manifestVersion"]);
        Assert.Equal(BotId, (string?)manifest["id"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.True((bool)manifest["bots"]![0]!["supportsFiles"]!);
        Assert.Equal("Lobby Desk", (string?)manifest["name"]!["short"]);
        Assert.True(((string?)manifest["description"]!["short"])!.Length <= 80);
        Assert.Equal("desk.example.com", (string?)manifest["validDomains"]![0]);

        var color = Read(archive, "color.png");
        var outline = Read(archive, "outline.png");
        Assert.Equal((192, 192), Size(color));
        Assert.Equal((32, 32), Size(outline));
    }

    [Fact]
    public void The_compose_box_lists_each_roles_main_commands_within_Teams_limits()
    {
        var manifest = Package().Manifest;

        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var personal = Assert.Single(lists, l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;
        var commands = personal["commands"]!.AsArray();
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c =>
        {
            Assert.InRange(((string?)c!["title"])!.Length, 1, 32);
            Assert.InRange(((string?)c["description"])!.Length, 1, 128);
        });
        var titles = commands.Select(c => (string?)c!["title"]).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        // A member's, the desk's and a manager's everyday commands, and help.
        Assert.Subset(titles.ToHashSet(), new HashSet<string?> { "help", "invite", "my invitations", "my mail", "visitors", "log mail", "pickup", "staff" });
    }

    [Fact]
    public void The_Chinese_text_is_a_localization_file_of_its_own()
    {
        var (manifest, chinese) = Package();

        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("en", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        var language = Assert.Single(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())!;
        // "zh" covers every Chinese client (zh-cn, zh-sg, …), as the bot's own catalog does.
        Assert.Equal(("zh", "zh-Hans.json"), ((string?)language["languageTag"], (string?)language["file"]));

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json", (string?)chinese["$schema"]);
        Assert.Equal("Lobby Desk", (string?)chinese["name.short"]);
        Assert.Contains("前台", (string?)chinese["name.full"], StringComparison.Ordinal);
        Assert.InRange(((string?)chinese["description.short"])!.Length, 1, 80);
        Assert.Contains("访客", (string?)chinese["description.full"], StringComparison.Ordinal);
        // Only keys the localization schema knows, and a title and description for every command.
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        var keys = chinese.AsObject().Select(p => p.Key).ToList();
        Assert.All(keys, k => Assert.Matches(@"^(\$schema|name\.short|name\.full|description\.short|description\.full|bots\[0\]\.commandLists\[0\]\.commands\[[0-9]\]\.(title|description))$", k));
        for (var i = 0; i < commands.Count; i++)
        {
            Assert.InRange(((string?)chinese[$"bots[0].commandLists[0].commands[{i}].title"])!.Length, 1, 32);
            Assert.InRange(((string?)chinese[$"bots[0].commandLists[0].commands[{i}].description"])!.Length, 1, 128);
        }
        Assert.Equal("邀请访客", (string?)chinese[$"bots[0].commandLists[0].commands[{Index(commands, "invite")}].title"]);
    }

    // A command picked in the compose box sends its title: in either language, someone it is for gets its answer.
    [Fact]
    public async Task Every_listed_command_reaches_its_task_in_English_and_in_Chinese()
    {
        var (manifest, chinese) = Package();
        await using var teams = new TeamsHarness();
        var member = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        var manager = await teams.AddStaffAsync("Meng", "meng@building.com", StaffRole.Manager);
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var (title, locale) in new[] { ((string)commands[i]!["title"]!, "en-US"), ((string)chinese[$"bots[0].commandLists[0].commands[{i}].title"]!, "zh-CN") })
            {
                var answers = new List<string>();
                foreach (var user in new[] { member, manager })
                {
                    var reply = (await teams.SayAsync(user, title, locale)).Last();
                    answers.Add(reply.CardText + reply.Text);
                }
                Assert.True(answers.Any(a => !Refused(a)), $"Nobody gets an answer to the command '{title}': {string.Join(" / ", answers)}");
            }
        }
    }

    private static bool Refused(string answer) =>
        answer.Contains("I did not understand", StringComparison.Ordinal) || answer.Contains("not available to you", StringComparison.Ordinal)
        || answer.Contains("我没有理解", StringComparison.Ordinal) || answer.Contains("没有使用该功能的权限", StringComparison.Ordinal);

    private static int Index(JsonArray commands, string title) => commands.Select((c, i) => ((string?)c!["title"], i)).Single(c => c.Item1 == title).i;

    private static (JsonNode Manifest, JsonNode Chinese) Package()
    {
        using var zip = new MemoryStream();
        TeamsPackage.Write(zip, BotId, new TeamsPackageOptions { ShortName = "Lobby Desk" });
        zip.Position = 0;
        using var archive = new ZipArchive(zip);
        return (JsonNode.Parse(Read(archive, "manifest.json"))!, JsonNode.Parse(Read(archive, "zh-Hans.json"))!);
    }

    [Fact]
    public void The_outline_icon_is_only_white_and_transparent()
    {
        var png = TeamsPackage.OutlineIcon();
        var pixels = Decode(png, 32, 32);
        Assert.All(pixels, p => Assert.True(p is (255, 255, 255, 255) or (_, _, _, 0)));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    // The front desk's bell in white on the accent colour: the knob, the dome and the base, with colour around them.
    [Fact]
    public void The_color_icon_is_a_white_bell_on_the_accent_colour()
    {
        var pixels = Decode(TeamsPackage.ColorIcon("#2E6B5E"), 192, 192);
        (byte, byte, byte, byte) At(double x, double y) => pixels[(int)(y * 192) * 192 + (int)(x * 192)];

        var white = ((byte)255, (byte)255, (byte)255, (byte)255);
        var accent = ((byte)0x2E, (byte)0x6B, (byte)0x5E, (byte)255);
        Assert.All(new[] { (0.5, 0.32), (0.5, 0.55), (0.3, 0.65), (0.5, 0.74), (0.16, 0.74), (0.84, 0.74) }, p => Assert.Equal(white, At(p.Item1, p.Item2)));
        Assert.All(new[] { (0.02, 0.02), (0.5, 0.2), (0.5, 0.9), (0.08, 0.74), (0.92, 0.74), (0.22, 0.42), (0.5, 0.24) }, p => Assert.Equal(accent, At(p.Item1, p.Item2)));
        Assert.All(pixels, p => Assert.Equal(255, p.A));
    }

    [Fact]
    public void Without_a_bot_id_no_package_is_written()
    {
        using var zip = new MemoryStream();
        var error = Assert.Throws<InvalidOperationException>(() => TeamsPackage.Write(zip, "", new TeamsPackageOptions()));
        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Read(ZipArchive archive, string name)
    {
        using var s = archive.GetEntry(name)!.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    private static (int W, int H) Size(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    // Decoded by SkiaSharp, as any PNG reader would: un-premultiplied, so a transparent pixel keeps no colour of its own.
    private static List<(byte R, byte G, byte B, byte A)> Decode(byte[] png, int width, int height)
    {
        using var bitmap = SKBitmap.Decode(png, new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        return [.. bitmap.Pixels.Select(p => (p.Red, p.Green, p.Blue, p.Alpha))];
    }
}
