using ScottPlot;
using ScottPlot.Plottables;

namespace FrontDesk.Bot.Features.Reports.Charts;

// The weekly report's charts, drawn on the server with ScottPlot. Every label comes in the reader's language.
public sealed class ReportCharts(ChartFonts fonts)
{
    public RenderedChart Heatmap(string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double[,] values, ChartFormat format)
    {
        var (rows, columns) = (values.GetLength(0), values.GetLength(1));
        if (rows != rowLabels.Count || columns != columnLabels.Count)
        {
            throw new ArgumentException($"The heatmap has {rows}×{columns} values for {rowLabels.Count} row and {columnLabels.Count} column labels.", nameof(values));
        }
        var font = fonts.FamilyFor([title, .. rowLabels, .. columnLabels]);
        var plot = ChartCanvas.Create(title, font);
        var cells = plot.Add.Heatmap(values);
        // One rectangle per cell: crisp in SVG, where a stretched bitmap would be blurred.
        cells.RenderStrategy = new Heatmap.RenderStrategies.Rectangles();
        cells.Colormap = new ScottPlot.Colormaps.Viridis();
        cells.ManualRange = ChartCanvas.ValueRange(values.Cast<double>());
        var scale = plot.Add.ColorBar(cells);
        scale.Axis.TickLabelStyle.FontName = font;

        // The heatmap draws row 0 on top, at y = rows - 1.
        ChartCanvas.Categories(plot.Axes.Bottom, font, columnLabels, Enumerable.Range(0, columns).Select(c => (double)c));
        ChartCanvas.Categories(plot.Axes.Left, font, rowLabels, Enumerable.Range(0, rows).Select(r => (double)(rows - 1 - r)));
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
        return ChartCanvas.Render(plot, format, ChartCanvas.Heatmap);
    }

    public RenderedChart Trend(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series, string yLabel, ChartFormat format)
    {
        CheckLength(xLabels, series);
        var font = fonts.FamilyFor([title, yLabel, .. xLabels, .. series.Select(s => s.Name)]);
        var plot = ChartCanvas.Create(title, font);
        var legend = new List<LegendItem>();
        for (var i = 0; i < series.Count; i++)
        {
            var color = ChartCanvas.SeriesColor(i);
            foreach (var run in Runs(series[i].Values))
            {
                var line = plot.Add.Scatter(run.Select(p => (double)p.X).ToArray(), run.Select(p => p.Y).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 7;
                line.MarkerShape = MarkerShape.FilledCircle;
            }
            legend.Add(new LegendItem { LabelText = series[i].Name, LineColor = color, LineWidth = 2, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = color, MarkerLineColor = color, MarkerSize = 7 });
        }
        ChartCanvas.Legend(plot, font, legend);
        ChartCanvas.Categories(plot.Axes.Bottom, font, xLabels, Enumerable.Range(0, xLabels.Count).Select(x => (double)x));
        ChartCanvas.ValueAxis(plot, yLabel, series.SelectMany(s => s.Values), xLabels.Count);
        return ChartCanvas.Render(plot, format, ChartCanvas.Wide);
    }

    public RenderedChart Bars(string title, IReadOnlyList<string> xLabels, ChartSeries bars, ChartSeries? line, string yLabel, ChartFormat format)
    {
        ChartSeries[] all = line is null ? [bars] : [bars, line];
        CheckLength(xLabels, all);
        var font = fonts.FamilyFor([title, yLabel, .. xLabels, .. all.Select(s => s.Name)]);
        var plot = ChartCanvas.Create(title, font);
        var barColor = ChartCanvas.SeriesColor(0);
        var drawn = bars.Values.Select((v, x) => (v, x)).Where(b => b.v is not null)
            .Select(b => new Bar { Position = b.x, Value = b.v!.Value, FillColor = barColor, LineWidth = 0, Size = 0.7 }).ToList();
        plot.Add.Bars(drawn);
        List<LegendItem> legend = [new LegendItem { LabelText = bars.Name, FillColor = barColor }];
        if (line is not null)
        {
            var lineColor = ChartCanvas.SeriesColor(1);
            // A step across each hour's whole width, so the roster reads against the bar it covers.
            foreach (var run in Runs(line.Values))
            {
                var xs = run.Select(p => p.X - 0.5).Append(run[^1].X + 0.5).ToArray();
                var ys = run.Select(p => p.Y).Append(run[^1].Y).ToArray();
                var steps = plot.Add.Scatter(xs, ys, lineColor);
                steps.ConnectStyle = ConnectStyle.StepHorizontal;
                steps.LineWidth = 3;
                steps.MarkerSize = 0;
            }
            legend.Add(new LegendItem { LabelText = line.Name, LineColor = lineColor, LineWidth = 3 });
        }
        ChartCanvas.Legend(plot, font, legend);
        ChartCanvas.Categories(plot.Axes.Bottom, font, xLabels, Enumerable.Range(0, xLabels.Count).Select(x => (double)x));
        ChartCanvas.ValueAxis(plot, yLabel, all.SelectMany(s => s.Values), xLabels.Count);
        return ChartCanvas.Render(plot, format, ChartCanvas.Wide);
    }

    private static void CheckLength(IReadOnlyList<string> xLabels, IEnumerable<ChartSeries> series)
    {
        if (series.FirstOrDefault(s => s.Values.Count != xLabels.Count) is { } wrong)
        {
            throw new ArgumentException($"The series '{wrong.Name}' has {wrong.Values.Count} values for {xLabels.Count} labels.", nameof(series));
        }
    }

    // The stretches of consecutive values, so a null (no data) is a gap in the line rather than a drop to zero.
    private static List<List<(int X, double Y)>> Runs(IReadOnlyList<double?> values)
    {
        var runs = new List<List<(int X, double Y)>>();
        List<(int X, double Y)>? current = null;
        for (var x = 0; x < values.Count; x++)
        {
            if (values[x] is { } y && double.IsFinite(y))
            {
                current ??= [];
                current.Add((x, y));
                continue;
            }
            if (current is not null)
            {
                runs.Add(current);
                current = null;
            }
        }
        if (current is not null)
        {
            runs.Add(current);
        }
        return runs;
    }
}
