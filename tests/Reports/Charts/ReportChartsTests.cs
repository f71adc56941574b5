using FrontDesk.Bot.Features.Reports.Charts;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static FrontDesk.Tests.Reports.Charts.ChartFiles;

namespace FrontDesk.Tests.Reports.Charts;

public class ReportChartsTests
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly string[] Hours = [.. Enumerable.Range(0, 24).Select(h => $"{h:00}:00")];

    private static readonly string[] Weeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49", "2026-W50"];

    private readonly ReportCharts charts = Charts();

    private static ReportCharts Charts() =>
        new ServiceCollection().AddLogging().AddReportCharts().BuildServiceProvider().GetRequiredService<ReportCharts>();

    // A week of traffic: busy mornings and afternoons on weekdays, quiet weekends.
    private static double[,] Traffic()
    {
        var values = new double[7, 24];
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                values[day, hour] = day < 5 && hour is >= 9 and < 11 or >= 14 and < 16 ? 30 + day : hour is >= 8 and < 19 ? 5 : 0;
            }
        }
        return values;
    }

    private static ChartSeries Calls => new("Calls answered in 3 rings", [92, 88, null, 95, 90, 97]);

    private static ChartSeries Mail => new("Mail within 24 h", [80, 85, 90, 70, 75, 99]);

    private IEnumerable<RenderedChart> Every(ChartFormat format) =>
    [
        charts.Heatmap("Desk traffic", Days, Hours, Traffic(), format),
        charts.Trend("Service standards", Weeks, [Calls, Mail], "Share (%)", format),
        charts.Bars("Staff needed and rostered", Hours, new("Needed", [.. Hours.Select((_, h) => (double?)(h % 4 + 1))]), new("Rostered", [.. Hours.Select(_ => (double?)2)]), "Staff", format),
    ];

    [Fact]
    public void The_charts_are_one_shared_service_from_AddReportCharts()
    {
        var services = new ServiceCollection().AddLogging().AddReportCharts().BuildServiceProvider();

        Assert.Same(services.GetRequiredService<ReportCharts>(), services.GetRequiredService<ReportCharts>());
        Assert.Same(services.GetRequiredService<ChartFonts>(), services.GetRequiredService<ChartFonts>());
    }

    [Fact]
    public void Every_png_is_a_card_image_within_Teams_limits_and_is_drawn()
    {
        Assert.All(Every(ChartFormat.Png), chart =>
        {
            Assert.Equal("image/png", chart.ContentType);
            var (width, height) = PngSize(chart.Content);
            Assert.InRange(width, 600, 1024);
            Assert.InRange(height, 300, 1024);
            Assert.True(chart.Content.Length < 200_000, $"{chart.Content.Length} bytes");
            using var pixels = Pixels(chart.Content);
            Assert.Equal((width, height), (pixels.Width, pixels.Height));
            // Not a blank canvas: data colours besides the white background and black text.
            Assert.True(pixels.Pixels.Distinct().Count() > 20);
        });
    }

    [Fact]
    public void Every_svg_is_well_formed_scales_to_the_page_and_names_its_title()
    {
        var titles = new[] { "Desk traffic", "Service standards", "Staff needed and rostered" };
        foreach (var (chart, title) in Every(ChartFormat.Svg).Zip(titles))
        {
            Assert.Equal("image/svg+xml", chart.ContentType);
            var root = SvgRoot(chart.Content);
            Assert.Contains(title, Texts(root));
            Assert.NotNull(root.Attribute("viewBox"));
            Assert.DoesNotContain("<?xml", chart.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_heatmap_svg_has_a_cell_for_every_weekday_and_hour_and_a_colour_bar()
    {
        var root = SvgRoot(charts.Heatmap("Desk traffic", Days, Hours, Traffic(), ChartFormat.Svg).Content);

        var cells = Clipped(root, "rect");
        Assert.Equal(7 * 24, cells.Count);
        // Busy hours and quiet hours in different colours.
        Assert.True(cells.Select(c => (string?)c.Attribute("fill")).Distinct().Count() >= 3);
        Assert.Contains("Mon", Texts(root));
        Assert.Contains("09:00", Texts(root));
        Assert.Single(root.Descendants(Svg + "image"));
    }

    [Fact]
    public void A_heatmap_of_all_zeros_still_draws_every_cell()
    {
        var zeros = new double[7, 24];

        var svg = SvgRoot(charts.Heatmap("Quiet week", Days, Hours, zeros, ChartFormat.Svg).Content);
        var cells = Clipped(svg, "rect");
        Assert.Equal(7 * 24, cells.Count);
        Assert.Single(cells.Select(c => (string?)c.Attribute("fill")).Distinct());
        Assert.Contains("Quiet week", Texts(svg));

        var png = charts.Heatmap("Quiet week", Days, Hours, zeros, ChartFormat.Png).Content;
        using var pixels = Pixels(png);
        Assert.Equal(PngSize(png), (pixels.Width, pixels.Height));
    }

    [Fact]
    public void The_trend_marks_every_week_with_a_value_and_leaves_a_gap_where_there_is_none()
    {
        var gapped = SvgRoot(charts.Trend("Calls", Weeks, [Calls], "Share (%)", ChartFormat.Svg).Content);
        var full = SvgRoot(charts.Trend("Calls", Weeks, [Calls with { Values = [92, 88, 91, 95, 90, 97] }], "Share (%)", ChartFormat.Svg).Content);

        // One marker per value, and one beside the series' name in the legend.
        Assert.Equal(5 + 1, Clipped(gapped, "ellipse").Count);
        Assert.Equal(6 + 1, Clipped(full, "ellipse").Count);
        // The missing week is drawn nowhere (not as a zero): the lines break into two pieces.
        Assert.Equal(Clipped(full, "path").Count + 1, Clipped(gapped, "path").Count);
        Assert.Contains("Calls answered in 3 rings", Texts(gapped));
        Assert.Contains("2026-W47", Texts(gapped));
        Assert.Contains("Share (%)", Texts(gapped));
    }

    [Fact]
    public void A_trend_of_weeks_without_any_data_still_renders()
    {
        var empty = new ChartSeries("Calls answered in 3 rings", [null, null, null, null, null, null]);

        var root = SvgRoot(charts.Trend("No calls yet", Weeks, [empty], "Share (%)", ChartFormat.Svg).Content);

        Assert.Single(Clipped(root, "ellipse"));
        Assert.Contains("No calls yet", Texts(root));
        Assert.Contains("Calls answered in 3 rings", Texts(root));
        using var pixels = Pixels(charts.Trend("No calls yet", Weeks, [empty], "Share (%)", ChartFormat.Png).Content);
        Assert.InRange(pixels.Width, 600, 1024);
    }

    [Fact]
    public void The_trend_shows_each_series_in_the_legend()
    {
        var root = SvgRoot(charts.Trend("Service standards", Weeks, [Calls, Mail], "Share (%)", ChartFormat.Svg).Content);

        Assert.Equal(5 + 6 + 2, Clipped(root, "ellipse").Count);
        Assert.Contains("Calls answered in 3 rings", Texts(root));
        Assert.Contains("Mail within 24 h", Texts(root));
    }

    [Fact]
    public void The_staffing_chart_has_a_bar_for_every_hour_with_a_need_and_the_roster_as_a_line()
    {
        double?[] needed = [.. Hours.Select((_, h) => h is >= 8 and < 19 ? (double?)(h % 3 + 1) : null)];
        var root = SvgRoot(charts.Bars("Staff needed", Hours, new("Needed", needed), new("Rostered", [.. Hours.Select(_ => (double?)2)]), "Staff", ChartFormat.Svg).Content);

        // Eleven bars, and the legend's swatch.
        Assert.Equal(11 + 1, Clipped(root, "rect").Count);
        Assert.Contains("Rostered", Texts(root));
        Assert.Contains("Staff", Texts(root));

        var barsOnly = SvgRoot(charts.Bars("Staff needed", Hours, new("Needed", needed), null, "Staff", ChartFormat.Svg).Content);
        Assert.Equal(11 + 1, Clipped(barsOnly, "rect").Count);
        Assert.DoesNotContain("Rostered", Texts(barsOnly));
    }

    [Fact]
    public void Labels_that_do_not_match_the_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => charts.Heatmap("t", Days, Hours, new double[7, 12], ChartFormat.Png));
        Assert.Throws<ArgumentException>(() => charts.Trend("t", Weeks, [new("short", [1, 2])], "y", ChartFormat.Svg));
    }

    // Two charts inline on one page must not borrow each other's clip paths: ScottPlot numbers them alike in every chart.
    [Fact]
    public void Each_svg_keeps_its_ids_to_itself()
    {
        var quiet = charts.Heatmap("Quiet week", Days, Hours, new double[7, 24], ChartFormat.Svg);
        var svgs = Every(ChartFormat.Svg).Append(quiet).Select(c => SvgRoot(c.Content)).ToList();
        var ids = svgs.Select(s => s.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet()).ToList();

        for (var i = 0; i < svgs.Count; i++)
        {
            var references = svgs[i].ToString().Split("url(#").Skip(1).Select(r => r[..r.IndexOf(')', StringComparison.Ordinal)]).ToList();
            Assert.NotEmpty(references);
            Assert.All(references, r => Assert.Contains(r, ids[i]));
            for (var j = 0; j < i; j++)
            {
                Assert.Empty(ids[i].Intersect(ids[j]));
            }
        }
    }

    [Fact]
    public void A_Chinese_chart_is_drawn_with_a_font_that_has_the_characters()
    {
        string[] days = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
        const string title = "访客流量（按小时）";

        var svg = SvgRoot(charts.Heatmap(title, days, Hours, Traffic(), ChartFormat.Svg).Content);
        var titleText = Assert.Single(svg.Descendants(Svg + "text"), t => t.Value.Trim() == title);
        Assert.Contains("周三", Texts(svg));

        var family = new ServiceCollection().AddLogging().AddReportCharts().BuildServiceProvider().GetRequiredService<ChartFonts>().FamilyFor([title, .. days]);
        // Not disposed: SkiaSharp shares one object per font with the charts.
        var typeface = SKTypeface.FromFamilyName(family);
        Assert.Equal(family, typeface.FamilyName);
        Assert.True(typeface.ContainsGlyphs(title + string.Concat(days)), $"{family} lacks Chinese characters");
        Assert.StartsWith(family, (string?)titleText.Attribute("font-family"), StringComparison.Ordinal);
    }

    // With no Chinese font every character is the same empty box, so two different titles would give the same picture.
    [Fact]
    public void Different_Chinese_titles_give_different_pictures_not_the_same_boxes()
    {
        var visitors = charts.Heatmap("访客流量", Days, Hours, Traffic(), ChartFormat.Png).Content;
        var mail = charts.Heatmap("邮件送达", Days, Hours, Traffic(), ChartFormat.Png).Content;

        using var a = Pixels(visitors);
        using var b = Pixels(mail);
        var differing = a.Pixels.Zip(b.Pixels).Count(p => p.First != p.Second);
        Assert.True(differing > 100, $"{differing} pixels differ");
    }
}
