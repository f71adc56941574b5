using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FrontDesk.Cards.Localization;
using SkiaSharp;

namespace FrontDesk.Bot.Channels.Teams.Package;

// Writes the zip a Teams admin uploads ("Upload a custom app"): manifest.json, its Chinese strings and the two icons.
public static class TeamsPackage
{
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json";

    public const string LocalizationSchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json";

    // The Chinese strings' file; "zh" so every Chinese client (zh-cn, zh-sg, …) gets it, as the bot's catalog does.
    public const string ChineseFile = "zh-Hans.json";

    // The compose box's list (Teams takes at most 10 per list): each role's everyday commands. A title is what
    // Teams sends when one is picked, so every title, in both languages, is a phrase its task matches.
    private static readonly string[] Commands = ["help", "invite", "myInvitations", "myMail", "pickup", "visitors", "logMail", "pendingMail", "visits", "staff"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(Stream zip, string botId, TeamsPackageOptions options)
    {
        if (!Guid.TryParse(botId, out _))
        {
            throw new InvalidOperationException("MicrosoftAppId must be the bot's Microsoft App Id (a GUID) to build the Teams package.");
        }
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        Add(archive, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(Manifest(botId, options), Json));
        Add(archive, ChineseFile, JsonSerializer.SerializeToUtf8Bytes(Localization(options, Catalog.Default.For(Catalog.Chinese)), Json));
        Add(archive, "color.png", ColorIcon(options.AccentColor));
        Add(archive, "outline.png", OutlineIcon());
    }

    public static JsonObject Manifest(string botId, TeamsPackageOptions o)
    {
        var t = Catalog.Default.For(Catalog.English);
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = "1.19",
            ["version"] = o.Version,
            ["id"] = string.IsNullOrWhiteSpace(o.AppId) ? botId : o.AppId,
            ["developer"] = new JsonObject
            {
                ["name"] = o.DeveloperName,
                ["websiteUrl"] = o.WebsiteUrl,
                ["privacyUrl"] = o.PrivacyUrl,
                ["termsOfUseUrl"] = o.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = o.ShortName, ["full"] = t.Format("package.name.full", o.ShortName) },
            ["description"] = new JsonObject { ["short"] = t["package.description.short"], ["full"] = t["package.description.full"] },
            ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
            ["accentColor"] = o.AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = botId,
                ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                ["supportsFiles"] = true,
                ["isNotificationOnly"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray("personal"),
                    ["commands"] = new JsonArray([.. Commands.Select(c => (JsonNode)new JsonObject
                    {
                        ["title"] = t[$"package.command.{c}.title"],
                        ["description"] = t[$"package.command.{c}.description"],
                    })]),
                }),
            }),
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray([.. o.ValidDomains.Select(d => (JsonNode)d)]),
            ["localizationInfo"] = new JsonObject
            {
                ["defaultLanguageTag"] = "en",
                ["additionalLanguages"] = new JsonArray(new JsonObject { ["languageTag"] = "zh", ["file"] = ChineseFile }),
            },
        };
    }

    // A localization file: the manifest's user-facing strings by their path in the manifest.
    public static JsonObject Localization(TeamsPackageOptions o, Texts t)
    {
        var file = new JsonObject
        {
            ["$schema"] = LocalizationSchemaUrl,
            ["name.short"] = o.ShortName,
            ["name.full"] = t.Format("package.name.full", o.ShortName),
            ["description.short"] = t["package.description.short"],
            ["description.full"] = t["package.description.full"],
        };
        for (var i = 0; i < Commands.Length; i++)
        {
            file[$"bots[0].commandLists[0].commands[{i}].title"] = t[$"package.command.{Commands[i]}.title"];
            file[$"bots[0].commandLists[0].commands[{i}].description"] = t[$"package.command.{Commands[i]}.description"];
        }
        return file;
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(bytes);
    }

    // 192×192, the accent colour with a white bell: the front desk's bell.
    public static byte[] ColorIcon(string accent) => BellIcon.Png(192, ParseColor(accent), smooth: true);

    // 32×32, white on transparent, as Teams requires of the outline icon.
    public static byte[] OutlineIcon() => BellIcon.Png(32, SKColors.Transparent, smooth: false);

    private static SKColor ParseColor(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, System.Globalization.NumberStyles.HexNumber, null, out var v))
        {
            throw new InvalidOperationException($"TeamsApp:AccentColor '{hex}' is not a #RRGGBB colour.");
        }
        return new SKColor((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }
}
