using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits;

// The front desk's visitor views in Teams: the day's board, who is on site now, the watchlist.
public static class DeskCards
{
    // Names, companies and reasons are escaped by the builders; times come formatted. Guests is the party's size.
    public sealed record Line(int VisitId, string Visitor, string? VisitorCompany, string Host, string Company, string Time, string? Status, int Guests = 1);

    public sealed record Watched(int Id, string Name, string? Company, string Reason);

    public static AdaptiveCard Board(Texts t, string day, int expected, int onSite, int left, IReadOnlyList<Line> present, IReadOnlyList<Line> coming, IReadOnlyList<Line> gone, string? notice)
    {
        var card = FormParts.NewCard(t.Language);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Body.Add(FormParts.Heading(t.Format("desk.board.title", day)));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new AdaptiveFact(t["desk.board.expected"], expected.ToString(t.Culture)),
                new AdaptiveFact(t["desk.board.onSite"], onSite.ToString(t.Culture)),
                new AdaptiveFact(t["desk.board.left"], left.ToString(t.Culture)),
            ],
        });
        card.Body.Add(Section(t["desk.board.onSiteNow"]));
        foreach (var line in present)
        {
            card.Body.Add(Row(t, line, checkOut: true));
        }
        card.Body.Add(Section(t["desk.board.comingToday"]));
        foreach (var line in coming)
        {
            card.Body.Add(Row(t, line, checkOut: false));
        }
        if (gone.Count > 0)
        {
            card.Body.Add(Section(t["desk.board.left"]));
            foreach (var line in gone)
            {
                card.Body.Add(Row(t, line, checkOut: false));
            }
        }
        return card;
    }

    // For an evacuation: everyone in the building now, as one list, counted in people.
    public static AdaptiveCard OnSite(Texts t, string now, IReadOnlyList<Line> present)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("desk.onSite.title", People(t, present.Sum(l => l.Guests)), now)));
        var facts = new AdaptiveFactSet();
        foreach (var l in present)
        {
            facts.Facts.Add(new AdaptiveFact(WhoWithParty(t, l), t.Format("desk.line.hostSince", CardText.Escape(l.Host), CardText.Escape(l.Company), l.Time)));
        }
        card.Body.Add(facts);
        return card;
    }

    public static AdaptiveCard Search(Texts t, string title, IReadOnlyList<Line> found, Uri download)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(title));
        if (found.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["desk.search.none"]));
        }
        foreach (var line in found)
        {
            card.Body.Add(Row(t, line, checkOut: false));
        }
        card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["desk.search.download"], Url = download });
        return card;
    }

    public static AdaptiveCard Watchlist(Texts t, IReadOnlyList<Watched> entries, FormValues form, string? notice)
    {
        var card = FormParts.NewCard(t.Language);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Body.Add(FormParts.Heading(t.Format("desk.watch.title", entries.Count)));
        card.Body.Add(FormParts.Paragraph(t["desk.watch.private"], subtle: true));
        foreach (var e in entries)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = e.Company is null ? CardText.Escape(e.Name) : $"{CardText.Escape(e.Name)} · {CardText.Escape(e.Company)}", Weight = AdaptiveTextWeight.Bolder, Wrap = true },
                    FormParts.Paragraph(CardText.Escape(e.Reason), subtle: true),
                    new AdaptiveActionSet { Actions = [VisitActions.Unwatch.Button(t["desk.watch.remove"], ("id", e.Id))] },
                ],
            });
        }
        card.Body.Add(Section(t["desk.watch.add"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        foreach (var (id, required) in new[] { ("name", true), ("company", false), ("reason", true) })
        {
            card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
            {
                Id = id,
                Label = t[$"desk.watch.{id}"],
                Value = form[id],
                MaxLength = id == "reason" ? 200 : 100,
                IsRequired = required,
                ErrorMessage = required ? t["form.required"] : null,
            }, form));
        }
        card.Actions.Add(FormParts.Submit(t["desk.watch.save"], VisitActions.Watch));
        return card;
    }

    private static AdaptiveTextBlock Section(string title) =>
        new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Separator = true, Spacing = AdaptiveSpacing.Medium };

    private static string Who(Line l) =>
        CardText.NameAndCompany(l.Visitor, l.VisitorCompany);

    private static string WhoWithParty(Texts t, Line l) =>
        l.Guests > 1 ? $"{Who(l)} · {t.Format("desk.line.party", l.Guests)}" : Who(l);

    public static string People(Texts t, int count) =>
        count == 1 ? t["desk.people.one"] : t.Format("desk.people.many", count);

    private static AdaptiveContainer Row(Texts t, Line l, bool checkOut)
    {
        var text = $"{WhoWithParty(t, l)} → {t.Format("desk.line.hostSince", CardText.Escape(l.Host), CardText.Escape(l.Company), l.Time)}";
        if (l.Status is not null)
        {
            text += $" · {l.Status}";
        }
        var row = new AdaptiveContainer { Items = [FormParts.Paragraph(text)] };
        if (checkOut)
        {
            row.Items.Add(new AdaptiveActionSet { Actions = [VisitActions.CheckOut.Button(t["desk.checkOut"], ("id", l.VisitId))] });
        }
        return row;
    }
}
