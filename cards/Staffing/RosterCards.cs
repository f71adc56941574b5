using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Staffing;

// The managers' roster: a week of shifts with Remove beside each from today on, Add shift, the weeks around it,
// the week's staffing table, and how to import a month from CSV.
public static class RosterCards
{
    public const string WeekField = "week";
    public const string ShiftField = "shift";

    public static AdaptiveCard Week(Texts t, RosterWeekView w)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = w.Title;
        card.Body.Add(FormParts.Heading(w.Title));
        if (w.Notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = w.Notice, Wrap = true, Color = AdaptiveTextColor.Good, Weight = AdaptiveTextWeight.Bolder });
        }
        foreach (var day in w.Days)
        {
            var items = new List<AdaptiveElement> { new AdaptiveTextBlock { Text = day.Day, Weight = AdaptiveTextWeight.Bolder, Wrap = true } };
            if (day.Shifts.Count == 0)
            {
                items.Add(FormParts.Paragraph(t["roster.nobody"], subtle: true));
            }
            items.AddRange(day.Shifts.Select(s => Line(t, s, w.Monday)));
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        if (w.Totals.Count > 0)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["roster.totals"], Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true });
            card.Body.Add(new AdaptiveFactSet { Facts = [.. w.Totals.Select(s => new AdaptiveFact(CardText.Escape(s.Staff), t.Format("roster.hours", s.Hours)))] });
        }
        card.Actions.Add(FormParts.Submit(t["roster.add"], StaffingActions.OpenShift, (WeekField, w.Monday)));
        card.Actions.Add(StaffingActions.Roster.Button(t["roster.earlier"], (WeekField, w.EarlierMonday)));
        card.Actions.Add(StaffingActions.Roster.Button(t["roster.later"], (WeekField, w.LaterMonday)));
        card.Actions.Add(StaffingActions.Show.Button(t["roster.staffing"], (StaffingCards.WeekField, w.Monday)));
        card.Actions.Add(StaffingActions.ImportRoster.Button(t["roster.import.button"]));
        return card;
    }

    // How to send a month's roster: the columns, the formats, and what an import replaces.
    public static AdaptiveCard ImportHelp(Texts t)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["roster.import.title"]));
        card.Body.Add(FormParts.Paragraph(t["roster.import.how"]));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new(t["roster.column.email"], t["roster.import.column.email"]),
                new(t["roster.column.staff"], t["roster.import.column.staff"]),
                new(t["roster.column.date"], t["roster.import.column.date"]),
                new(t["roster.column.start"], t["roster.import.column.start"]),
                new(t["roster.column.end"], t["roster.import.column.end"]),
            ],
        });
        card.Body.Add(FormParts.Paragraph(t["roster.import.example"], subtle: true));
        card.Body.Add(FormParts.Paragraph(t["roster.import.replaces"], subtle: true));
        card.Body.Add(FormParts.Paragraph(t["roster.import.allOrNothing"], subtle: true));
        card.Actions.Add(StaffingActions.Roster.Button(t["roster.open"]));
        return card;
    }

    // The import's outcome: the summary line, then each problem; on success the roster button opens the first week.
    public static AdaptiveCard Imported(Texts t, string fileName, IReadOnlyList<string> lines, string? monday)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("roster.import.result", fileName)));
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = lines[0],
            Wrap = true,
            Weight = AdaptiveTextWeight.Bolder,
            Color = monday is null ? AdaptiveTextColor.Attention : AdaptiveTextColor.Good,
        });
        foreach (var line in lines.Skip(1))
        {
            card.Body.Add(new AdaptiveTextBlock { Text = line, Wrap = true, Spacing = AdaptiveSpacing.Small });
        }
        card.Actions.Add(monday is null ? StaffingActions.ImportRoster.Button(t["roster.import.button"]) : StaffingActions.Roster.Button(t["roster.open"], (WeekField, monday)));
        return card;
    }

    private static AdaptiveContainer Line(Texts t, ShiftLineView s, string monday)
    {
        var text = new AdaptiveTextBlock { Text = t.Format("roster.shift", CardText.Escape(s.Staff), s.Times, s.Hours), Wrap = true, Spacing = AdaptiveSpacing.Small };
        return new AdaptiveContainer
        {
            Items = s.Removable
                ? [text, new AdaptiveActionSet { Actions = [StaffingActions.RemoveShift.Button(t["roster.remove"], (ShiftField, s.Id), (WeekField, monday))] }]
                : [text],
        };
    }
}
