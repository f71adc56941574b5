using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Traffic;

// The desk's traffic over a period (R6): a compact table per hour of day (★ a peak in the data, ◇ one of the
// plan's), the weekdays, and the peak hours set beside the plan's. Charts of the same figures are the reports'.
public static class TrafficCard
{
    public const string FromField = "from";
    public const string ToField = "to";

    public static AdaptiveCard Build(Texts t, TrafficView v)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("traffic.title", v.Days);
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(FormParts.Paragraph(t.Format("traffic.intro", v.DayCount), subtle: true));
        card.Body.AddRange(Peaks(t, v));
        if (v.Peaks is not null)
        {
            card.Body.Add(Section(t["traffic.byHour"]));
            card.Body.Add(Table(t, v));
            card.Body.Add(FormParts.Paragraph(t["traffic.legend"], subtle: true));
            card.Body.Add(Section(t["traffic.byWeekday"]));
            card.Body.Add(new AdaptiveFactSet
            {
                Facts = [.. v.Weekdays.Select(d => new AdaptiveFact(d.Day, t.Format("traffic.weekdayLine", d.Interactions, d.Days, d.PerDay)))],
            });
        }
        card.Body.Add(FormParts.Paragraph(Calls(t, v), subtle: true));
        foreach (var p in v.Periods)
        {
            card.Actions.Add(TrafficActions.Show.Button(p.Title, (FromField, p.From), (ToField, p.To)));
        }
        return card;
    }

    private static IEnumerable<AdaptiveElement> Peaks(Texts t, TrafficView v)
    {
        if (v.Peaks is not { } p)
        {
            yield return new AdaptiveTextBlock { Text = t["traffic.none"], Wrap = true, Color = AdaptiveTextColor.Warning };
            yield return FormParts.Paragraph(t.Format("traffic.planPeaks", v.PlanPeaks));
            yield break;
        }
        yield return new AdaptiveTextBlock { Text = t.Format("traffic.measuredPeaks", p.Measured), Wrap = true, Weight = AdaptiveTextWeight.Bolder };
        yield return FormParts.Paragraph(t.Format("traffic.peakRule", p.SharePercent, p.Busiest, p.BusiestPerDay), subtle: true);
        yield return FormParts.Paragraph(t.Format("traffic.planPeaks", v.PlanPeaks));
        if (p.BusyNotPlanned is null && p.PlannedNotBusy is null)
        {
            yield return new AdaptiveTextBlock { Text = t["traffic.agrees"], Wrap = true, Color = AdaptiveTextColor.Good };
        }
        if (p.BusyNotPlanned is { } busy)
        {
            yield return new AdaptiveTextBlock { Text = t.Format("traffic.busyNotPlanned", busy), Wrap = true, Color = AdaptiveTextColor.Attention };
        }
        if (p.PlannedNotBusy is { } quiet)
        {
            yield return new AdaptiveTextBlock { Text = t.Format("traffic.plannedNotBusy", quiet), Wrap = true, Color = AdaptiveTextColor.Warning };
        }
    }

    private static AdaptiveTable Table(Texts t, TrafficView v)
    {
        var table = new AdaptiveTable
        {
            Columns = [.. new[] { 3, 2, 2, 2, 2, 2 }.Select(w => new AdaptiveTableColumnDefinition { Width = w })],
            Rows = [Row(AdaptiveTextWeight.Bolder, null, t["traffic.column.hour"], t["traffic.column.visitors"], t["traffic.column.calls"],
                t["traffic.column.mailIn"], t["traffic.column.mailOut"], t["traffic.column.perDay"])],
        };
        foreach (var h in v.Hours)
        {
            table.Rows.Add(Row(AdaptiveTextWeight.Default, h.Peak ? AdaptiveContainerStyle.Accent : null, Hour(h), Number(h.Visitors), Number(h.Calls),
                Number(h.MailLogged), Number(h.MailHandedOver), h.PerDay));
        }
        var total = v.Total;
        table.Rows.Add(Row(AdaptiveTextWeight.Bolder, null, t["traffic.total"], Number(total.Visitors), Number(total.Calls), Number(total.MailLogged),
            Number(total.MailHandedOver), total.PerDay));
        return table;
    }

    private static string Hour(TrafficHourView h) => h.Hour + (h.Peak ? " ★" : "") + (h.PlanPeak ? " ◇" : "");

    private static string Calls(Texts t, TrafficView v) =>
        v.CallRecordDays == 0 ? t["traffic.calls.messages"]
        : v.CallRecordDays == v.DayCount ? t["traffic.calls.records"]
        : t.Format("traffic.calls.mixed", v.CallRecordDays, v.DayCount);

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AdaptiveTableRow Row(AdaptiveTextWeight weight, AdaptiveContainerStyle? style, params string[] cells) => new()
    {
        Style = style,
        Cells = [.. cells.Select(c => new AdaptiveTableCell { Items = [new AdaptiveTextBlock { Text = c, Weight = weight, Wrap = true }] })],
    };

    private static AdaptiveTextBlock Section(string title) => new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true };
}
