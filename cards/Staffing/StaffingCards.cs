using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Staffing;

// The managers' staffing table (R7): per hour the measured arrivals, the Erlang C need at the desk, the need the
// roster is held to (◆ where the plan's peak-hour minimum, not the model, set it) and the people rostered; for a
// week, one line per day. Charts of the same figures are the reports'.
public static class StaffingCards
{
    public const string DayField = "day";
    public const string WeekField = "week";

    public static AdaptiveCard Day(Texts t, StaffingDayView d)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = d.Title;
        card.Body.Add(FormParts.Heading(d.Title));
        card.Body.Add(FormParts.Paragraph(d.Target, subtle: true));
        card.Body.Add(FormParts.Paragraph(d.Handling, subtle: true));
        card.Body.Add(FormParts.Paragraph(d.History, subtle: true));
        card.Body.Add(new AdaptiveTextBlock { Text = d.Summary, Wrap = true, Weight = AdaptiveTextWeight.Bolder, Separator = true });
        foreach (var s in d.Suggestions)
        {
            card.Body.Add(FormParts.Paragraph(s));
        }
        if (d.Hours.Count > 0)
        {
            card.Body.Add(Table(t, d.Hours));
            card.Body.Add(FormParts.Paragraph(t["staffing.legend"], subtle: true));
        }
        card.Actions.Add(StaffingActions.Show.Button(t["staffing.earlierDay"], (DayField, d.EarlierDate)));
        card.Actions.Add(StaffingActions.Show.Button(t["staffing.laterDay"], (DayField, d.LaterDate)));
        card.Actions.Add(StaffingActions.Show.Button(t["staffing.showWeek"], (WeekField, d.Date)));
        card.Actions.Add(StaffingActions.Roster.Button(t["staffing.roster"], (RosterCards.WeekField, d.Date)));
        return card;
    }

    public static AdaptiveCard Week(Texts t, StaffingWeekView w)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = w.Title;
        card.Body.Add(FormParts.Heading(w.Title));
        card.Body.Add(FormParts.Paragraph(w.Target, subtle: true));
        card.Body.Add(FormParts.Paragraph(w.Handling, subtle: true));
        card.Body.Add(FormParts.Paragraph(w.History, subtle: true));
        card.Body.Add(new AdaptiveTextBlock { Text = w.Summary, Wrap = true, Weight = AdaptiveTextWeight.Bolder, Separator = true });
        foreach (var day in w.Days)
        {
            var items = new List<AdaptiveElement>
            {
                new AdaptiveTextBlock { Text = day.Day, Weight = AdaptiveTextWeight.Bolder, Wrap = true },
                FormParts.Paragraph(day.Line),
            };
            items.AddRange(day.Details.Select(x => (AdaptiveElement)FormParts.Paragraph(x, subtle: true)));
            items.Add(new AdaptiveActionSet { Actions = [StaffingActions.Show.Button(t["staffing.dayDetails"], (DayField, day.Date))] });
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        card.Actions.Add(StaffingActions.Show.Button(t["staffing.earlierWeek"], (WeekField, w.EarlierMonday)));
        card.Actions.Add(StaffingActions.Show.Button(t["staffing.laterWeek"], (WeekField, w.LaterMonday)));
        card.Actions.Add(StaffingActions.Roster.Button(t["staffing.roster"], (RosterCards.WeekField, w.Monday)));
        return card;
    }

    private static AdaptiveTable Table(Texts t, IReadOnlyList<StaffingHourView> hours)
    {
        var table = new AdaptiveTable
        {
            Columns = [.. new[] { 2, 2, 2, 2, 2, 2 }.Select(w => new AdaptiveTableColumnDefinition { Width = w })],
            Rows = [Row(AdaptiveTextWeight.Bolder, null, t["staffing.column.hour"], t["staffing.column.arrivals"], t["staffing.column.model"],
                t["staffing.column.need"], t["staffing.column.rostered"], t["staffing.column.gap"])],
        };
        foreach (var h in hours)
        {
            var style = h.State < 0 ? AdaptiveContainerStyle.Attention : h.State > 0 ? AdaptiveContainerStyle.Warning : (AdaptiveContainerStyle?)null;
            table.Rows.Add(Row(AdaptiveTextWeight.Default, style, h.Hour + (h.PlanPeak ? " ◇" : ""), h.Arrivals, Number(h.Model),
                Number(h.Need) + (h.Rule ? " ◆" : ""), h.Rostered, h.Gap));
        }
        return table;
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AdaptiveTableRow Row(AdaptiveTextWeight weight, AdaptiveContainerStyle? style, params string[] cells) => new()
    {
        Style = style,
        Cells = [.. cells.Select(c => new AdaptiveTableCell { Items = [new AdaptiveTextBlock { Text = c, Weight = weight, Wrap = true }] })],
    };
}
