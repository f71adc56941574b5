using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Calls;

// The desk's answer times from the phone system's call records (and the staff's own report beside them),
// and importing those records from the phone system's CSV export.
public static class AnswerTimeCards
{
    public static AdaptiveCard Report(Texts t, AnswerTimesView report)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("calls.times.title", report.Days)));
        card.Body.AddRange(Figures(t, report));
        card.Actions.Add(CallActions.Records.Button(t["calls.records.button"]));
        return card;
    }

    // How to send the export: the column names as configured for this building's phone system.
    public static AdaptiveCard Instructions(Texts t, CallColumnsView columns)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["calls.records.title"]));
        card.Body.Add(FormParts.Paragraph(t["calls.records.how"]));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new(t["calls.column.startTime"], CardText.Escape(columns.StartTime)),
                new(t["calls.column.direction"], CardText.Escape(columns.Direction)),
                new(t["calls.column.callerNumber"], CardText.Escape(columns.CallerNumber)),
                new(t["calls.column.waitSeconds"], CardText.Escape(columns.WaitSeconds)),
                new(t["calls.column.answered"], CardText.Escape(columns.Answered)),
                new(t["calls.column.answeredBy"], CardText.Escape(columns.AnsweredBy)),
                new(t["calls.column.callId"], CardText.Escape(columns.CallId)),
            ],
        });
        card.Body.Add(FormParts.Paragraph(t["calls.records.values"], subtle: true));
        card.Body.Add(FormParts.Paragraph(t["calls.records.allOrNothing"], subtle: true));
        card.Actions.Add(CallActions.AnswerTimes.Button(t["calls.times.button"]));
        return card;
    }

    // The import's outcome: the summary line, each problem on failure, and on success the figures of the
    // days the file covers.
    public static AdaptiveCard Imported(Texts t, string fileName, IReadOnlyList<string> lines, AnswerTimesView? report)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("calls.import.title", fileName)));
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = lines[0],
            Wrap = true,
            Weight = AdaptiveTextWeight.Bolder,
            Color = report is null ? AdaptiveTextColor.Attention : AdaptiveTextColor.Good,
        });
        foreach (var line in lines.Skip(1))
        {
            card.Body.Add(new AdaptiveTextBlock { Text = line, Wrap = true, Spacing = AdaptiveSpacing.Small });
        }
        if (report is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t.Format("calls.times.title", report.Days), Weight = AdaptiveTextWeight.Bolder, Separator = true, Wrap = true });
            card.Body.AddRange(Figures(t, report));
        }
        return card;
    }

    private static IEnumerable<AdaptiveElement> Figures(Texts t, AnswerTimesView r)
    {
        yield return FormParts.Paragraph(t.Format("calls.times.standard", 3 * r.RingSeconds, r.RingSeconds), subtle: true);
        if (r.Total.Calls == 0)
        {
            yield return new AdaptiveTextBlock { Text = t["calls.times.noRecords"], Wrap = true, Color = AdaptiveTextColor.Warning };
        }
        else
        {
            var total = r.Total;
            yield return new AdaptiveTextBlock
            {
                Text = t.Format("calls.times.total", total.Calls, total.Answered, total.Calls - total.Answered, total.Within, total.Percent),
                Wrap = true,
                Weight = AdaptiveTextWeight.Bolder,
            };
            yield return Section(t["calls.times.ringsTitle"]);
            yield return new AdaptiveFactSet
            {
                Facts =
                [
                    new(t.Format("calls.times.ring1", r.RingSeconds), Count(t, r.Rings[0])),
                    new(t.Format("calls.times.ring2", 2 * r.RingSeconds), Count(t, r.Rings[1])),
                    new(t.Format("calls.times.ring3", 3 * r.RingSeconds), Count(t, r.Rings[2])),
                    new(t.Format("calls.times.ring45", 5 * r.RingSeconds), Count(t, r.Rings[3])),
                    new(t.Format("calls.times.ringMore", 5 * r.RingSeconds), Count(t, r.Rings[4])),
                    new(t["calls.times.missed"], Count(t, total.Calls - total.Answered)),
                ],
            };
            yield return Section(t["calls.times.byHour"]);
            yield return new AdaptiveFactSet
            {
                Facts = [.. r.ByHour.Select(h => new AdaptiveFact(h.Label, t.Format("calls.times.hourLine", h.Figures.Calls, h.Figures.Within, h.Figures.Percent, h.Figures.Calls - h.Figures.Answered)))],
            };
            if (r.ByStaff.Count > 0)
            {
                yield return Section(t["calls.times.byStaff"]);
                yield return new AdaptiveFactSet
                {
                    Facts = [.. r.ByStaff.Select(s => new AdaptiveFact(s.Label.Length == 0 ? t["calls.times.nobody"] : CardText.Escape(s.Label),
                        t.Format("calls.times.staffLine", s.Figures.Answered, s.Figures.Within, s.Figures.Percent, s.Figures.AverageWaitSeconds)))],
                };
            }
        }
        var self = r.SelfReport;
        yield return Section(t["calls.times.selfTitle"]);
        yield return FormParts.Paragraph(self.Messages == 0
            ? t["calls.times.selfNone"]
            : t.Format("calls.times.self", self.Messages, self.Within, self.Percent, self.Later, self.MissedCalledBack));
    }

    private static AdaptiveTextBlock Section(string title) => new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Separator = true, Wrap = true };

    private static string Count(Texts t, int n) => n.ToString(t.Culture);
}
