using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits.Kiosk;

// One person or company a walk-in may mean by "whom are you visiting"; names only.
public sealed record HostOption(string Value, string Title);

// The walk-in's form: HostOptions are the matches of HostQuery when it named more than one.
public sealed record WalkInForm(FormValues Values, string FormId, string PrivacyNotice, string? HostQuery, IReadOnlyList<HostOption> HostOptions);

// A walk-in registers: name, company, whom they visit, purpose, and consent to the building's privacy notice.
public static class WalkInCard
{
    // The server's limits (VisitRules.NameLength, PurposeLength): the box stops there instead of an error after.
    private const int NameLength = 100;
    private const int PurposeLength = 200;

    public static AdaptiveCard Build(Texts t, WalkInForm f)
    {
        var form = f.Values;
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.walkin.title"];
        card.Body.Add(FormParts.Heading(t["kiosk.walkin.title"]));
        if (FormParts.ErrorSummary(form, t["kiosk.form.errors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.Add(FormParts.Paragraph(t["kiosk.walkin.body"]));
        card.Body.AddRange(FormParts.WithError(Text("name", t["kiosk.walkin.name"], form, NameLength), form));
        card.Body.AddRange(FormParts.WithError(Text("company", t["kiosk.walkin.company"], form, NameLength), form));
        card.Body.AddRange(FormParts.WithError(Text("host", t["kiosk.walkin.host"], form, NameLength), form));
        if (f.HostOptions.Count > 0)
        {
            card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
            {
                Id = "hostPick",
                Label = t.Format("kiosk.walkin.hostPick", f.HostQuery),
                Style = AdaptiveChoiceInputStyle.Expanded,
                Value = form["hostPick"],
                Wrap = true,
                Choices = [.. f.HostOptions.Select(o => new AdaptiveChoice { Title = o.Title, Value = o.Value })],
            }, form));
        }
        card.Body.AddRange(FormParts.WithError(Text("purpose", t["kiosk.walkin.purpose"], form, PurposeLength), form));
        card.Body.Add(new AdaptiveTextBlock { Text = t["kiosk.walkin.privacyTitle"], Weight = AdaptiveTextWeight.Bolder, Wrap = true });
        card.Body.Add(FormParts.Paragraph(f.PrivacyNotice, subtle: true));
        card.Body.AddRange(FormParts.WithError(new AdaptiveToggleInput
        {
            Id = "consent",
            Title = t["kiosk.walkin.consent"],
            Value = form["consent"] == "true" ? "true" : "false",
            Wrap = true,
        }, form));
        var extra = f.HostOptions.Count > 0 && f.HostQuery is not null
            ? new Dictionary<string, object> { ["hostQuery"] = f.HostQuery }
            : null;
        card.Actions.Add(KioskActions.RegisterWalkIn.Button(t["kiosk.walkin.submit"], f.FormId, t.Language, extra));
        return card;
    }

    private static AdaptiveTextInput Text(string id, string label, FormValues form, int max) =>
        new() { Id = id, Label = label, Value = form[id], MaxLength = max };
}
