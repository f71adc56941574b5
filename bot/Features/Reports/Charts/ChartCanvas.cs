using ScottPlot;
using SkiaSharp;

namespace FrontDesk.Bot.Features.Reports.Charts;

// What the report's charts share: size, fonts, category axes, the legend and the output format.
internal static class ChartCanvas
{
    // Layout sizes in CSS pixels: about a Teams card's width; the SVG's viewBox lets the page fit it to A4.
    public static readonly PixelSize Wide = new(520, 300);

    public static readonly PixelSize Heatmap = new(520, 280);

    // PNGs are drawn at nearly twice the layout size, sharp on high-density screens and within Teams' 1024 px.
    private const float PngScale = 1.9f;

    private const float TickFontSize = 11;

    // Ten colours that stay apart from each other on screen and in print.
    private static readonly string[] Palette = ["#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"];

    public static Plot Create(string title, string font)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 15;
        plot.Font.Set(font);
        return plot;
    }

    public static Color SeriesColor(int index) => Color.FromHex(Palette[index % Palette.Length]);

    // Category labels at the given positions; when they would overlap, only every n-th is written.
    public static void Categories(IAxis axis, string font, IReadOnlyList<string> labels, IEnumerable<double> positions)
    {
        var at = positions.ToArray();
        var step = axis.Edge is Edge.Bottom or Edge.Top ? Step(font, labels) : 1;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(at[i], i % step == 0 ? labels[i] : "");
        }
        axis.TickGenerator = ticks;
        axis.TickLabelStyle.FontName = font;
        axis.TickLabelStyle.FontSize = TickFontSize;
        axis.MinorTickStyle.Length = 0;
    }

    public static void ValueAxis(Plot plot, string label, IEnumerable<double?> values, int count)
    {
        var range = ValueRange(values.OfType<double>());
        plot.Axes.SetLimits(-0.5, Math.Max(count, 1) - 0.5, range.Min, range.Max * 1.1);
        plot.YLabel(label);
        plot.Axes.Left.Label.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = TickFontSize;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
    }

    // From zero (or the lowest value) to the highest; an all-zero chart still gets a scale to draw against.
    public static ScottPlot.Range ValueRange(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var min = Math.Min(0, finite.DefaultIfEmpty(0).Min());
        var max = Math.Max(0, finite.DefaultIfEmpty(0).Max());
        return new ScottPlot.Range(min, max > min ? max : min + 1);
    }

    public static void Legend(Plot plot, string font, IEnumerable<LegendItem> items)
    {
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.FontName = font;
        plot.Legend.FontSize = 11;
        plot.ShowLegend(Edge.Bottom);
    }

    public static RenderedChart Render(Plot plot, ChartFormat format, PixelSize size)
    {
        var scale = format == ChartFormat.Png ? PngScale : 1;
        plot.ScaleFactor = scale;
        var (width, height) = ((int)(size.Width * scale), (int)(size.Height * scale));
        return format switch
        {
            ChartFormat.Png => new RenderedChart(plot.GetImageBytes(width, height, ImageFormat.Png), RenderedChart.PngType),
            _ => new RenderedChart(SvgChart.Finish(plot.GetSvgXml(width, height), width, height), RenderedChart.SvgType),
        };
    }

    // How many labels apart written labels must be so that none overlaps the next (the plot area is ~80% wide).
    private static int Step(string font, IReadOnlyList<string> labels)
    {
        if (labels.Count == 0)
        {
            return 1;
        }
        // ScottPlot's own cached typeface: SkiaSharp hands out one shared object per font, so it is never disposed here.
        using var measure = new SKFont(Fonts.GetTypeface(font, bold: false, italic: false), TickFontSize);
        var widest = labels.Max(l => measure.MeasureText(l)) + 6;
        var room = Wide.Width * 0.8 / labels.Count;
        return Math.Max(1, (int)Math.Ceiling(widest / room));
    }
}
