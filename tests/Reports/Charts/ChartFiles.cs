using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using SkiaSharp;

namespace FrontDesk.Tests.Reports.Charts;

// Reads back what the charts wrote: a PNG's header and pixels, an SVG's shapes and text.
internal static class ChartFiles
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static SKBitmap Pixels(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG does not decode.");

    public static XElement SvgRoot(byte[] svg)
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(svg)).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        return root;
    }

    // Data and legend shapes are drawn inside clip groups; the frame, ticks and background are not.
    public static List<XElement> Clipped(XElement root, string shape) =>
        [.. root.Descendants(Svg + "g").Where(g => g.Attribute("clip-path") is not null).SelectMany(g => g.Elements(Svg + shape))];

    public static IEnumerable<string> Texts(XElement root) => root.Descendants(Svg + "text").Select(t => t.Value.Trim());
}
