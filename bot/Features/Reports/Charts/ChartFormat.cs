using System.Text;

namespace FrontDesk.Bot.Features.Reports.Charts;

// PNG for Teams cards (an image by URL), SVG for the printable report page.
public enum ChartFormat
{
    Png,
    Svg,
}

public sealed record RenderedChart(byte[] Content, string ContentType)
{
    public const string PngType = "image/png";

    public const string SvgType = "image/svg+xml";

    // The SVG's markup (no XML declaration), to place inline in the report page.
    public string Markup => ContentType == SvgType
        ? Encoding.UTF8.GetString(Content)
        : throw new InvalidOperationException("A PNG chart has no markup; serve its bytes as an image.");
}

// One named line or set of bars; a null value is a gap (no data for that week or hour).
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
