using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using FrontDesk.Bot.Channels.Teams.Package;

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
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());

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
    public void The_outline_icon_is_only_white_and_transparent()
    {
        var png = TeamsPackage.OutlineIcon();
        var pixels = Decode(png, 32, 32);
        Assert.All(pixels, p => Assert.True(p is (255, 255, 255, 255) or (_, _, _, 0)));
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
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

    // Enough of a PNG reader for our own unfiltered RGBA output: one IDAT chunk.
    private static List<(byte R, byte G, byte B, byte A)> Decode(byte[] png, int width, int height)
    {
        var offset = 8;
        byte[]? idat = null;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                idat = png[(offset + 8)..(offset + 8 + length)];
            }
            offset += 12 + length;
        }
        using var z = new ZLibStream(new MemoryStream(idat!), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytes = raw.ToArray();
        var result = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 4);
            Assert.Equal(0, bytes[row]);
            for (var x = 0; x < width; x++)
            {
                var p = row + 1 + x * 4;
                result.Add((bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]));
            }
        }
        return result;
    }
}
