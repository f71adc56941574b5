using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace FrontDesk.Bot.Features.Reports.Charts;

// Readies ScottPlot's SVG for a page that shows several charts inline: it scales, and its ids are its own.
internal static class SvgChart
{
    public static byte[] Finish(string svg, int width, int height)
    {
        var root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("ScottPlot wrote an empty SVG.");
        root.SetAttributeValue("viewBox", $"0 0 {width} {height}");
        // Clip paths are named cl_0, cl_1… in every chart: two charts on one page would clip each other's data.
        var prefix = "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)))[..8] + "-";
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = attribute.Name.LocalName switch
                {
                    "id" => prefix + attribute.Value,
                    "href" when attribute.Value.StartsWith('#') => "#" + prefix + attribute.Value[1..],
                    // A reader's browser may lack the server's font: let it fall back to its own sans font.
                    "font-family" when !attribute.Value.Contains("sans-serif", StringComparison.Ordinal) => attribute.Value + ", sans-serif",
                    _ => attribute.Value.Replace("url(#", "url(#" + prefix, StringComparison.Ordinal),
                };
            }
        }
        return Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting));
    }
}
