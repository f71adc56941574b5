using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// Tenant members invite visitors ("invite" / "邀请访客") and manage their invitations ("my invitations" / "我的邀请").
public sealed class InviteTask(Invitations invitations, BuildingTime time, Building building, IOptions<VisitsOptions> options) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } =
        [VisitActions.OpenInvite, VisitActions.SaveInvite, VisitActions.ListInvites, VisitActions.CancelInvite, VisitActions.ChangeInvite];

    public bool IsFor(Person person) => person.Role == Role.Tenant;

    public bool Matches(TeamsTurn turn, string text) => IsList(text) || Shortcut.Matches(text, "invite", "invite visitor", "邀请", "邀请访客");

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["invite.help.title"], texts["invite.help.description"], texts["invite.help.typed"], VisitActions.OpenInvite);

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) =>
        IsList(text) ? ListAsync(turn, null, replace: false, ct) : turn.SendCardAsync(InviteCards.Form(turn.Texts, Defaults(), null), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var memberId = turn.Person.MemberId!.Value;
        int? visitId = int.TryParse(data["visitId"]?.ToString(), out var id) ? id : null;
        if (action == VisitActions.SaveInvite)
        {
            await SaveAsync(turn, data, visitId, ct);
        }
        else if (action == VisitActions.ListInvites)
        {
            await ListAsync(turn, null, replace: false, ct);
        }
        else if (action == VisitActions.CancelInvite && visitId is not null)
        {
            var cancelled = await invitations.CancelAsync(visitId.Value, memberId, ct);
            await ListAsync(turn, t[cancelled ? "invite.cancelled" : "invite.notChangeable"], replace: true, ct);
        }
        else if (action == VisitActions.ChangeInvite && visitId is not null)
        {
            var visit = (await invitations.UpcomingForHostAsync(memberId, ct)).FirstOrDefault(v => v.Id == visitId);
            if (visit is null)
            {
                await turn.SendAsync(t["invite.notChangeable"], ct);
                return;
            }
            await turn.SendCardAsync(InviteCards.Form(t, FromVisit(visit), visit.Id), ct);
        }
        else
        {
            await turn.SendCardAsync(InviteCards.Form(t, Defaults(), null), ct);
        }
    }

    private async Task SaveAsync(TeamsTurn turn, JObject data, int? visitId, CancellationToken ct)
    {
        var t = turn.Texts;
        var form = FormValues.Read(data, InviteCards.Fields);
        var request = Parse(form, t);
        if (request is not null)
        {
            var result = visitId is null
                ? await invitations.CreateAsync(request, turn.Person.MemberId!.Value, turn.Actor, ct)
                : await invitations.ChangeAsync(visitId.Value, turn.Person.MemberId!.Value, request, ct);
            foreach (var (field, code) in result.Problems)
            {
                // The building's time, not the member's own: they may be elsewhere.
                form.AddError(field == "visit" ? "name" : field, code == VisitRules.Past
                    ? t.Format("invite.error.past", time.LocalNow.ToString("HH:mm", t.Culture))
                    : VisitProblemText.For(t, field, code));
            }
            if (result.Succeeded)
            {
                await turn.ReplaceSubmittedCardAsync(Created(t, result.Visit!, turn.Person.CompanyName ?? ""), ct);
                return;
            }
        }
        await turn.ReplaceSubmittedCardAsync(InviteCards.Form(t, form, visitId), ct);
    }

    private AdaptiveCards.AdaptiveCard Created(Texts t, Visit visit, string company)
    {
        var when = When(t, visit);
        var forward = t.Format("invite.forwardText", building.Name, company, when, visit.Code);
        return InviteCards.Created(t, new InviteCards.Invitation(visit.Id, visit.VisitorName, when, visit.Code!), InvitationQr.DataUri(visit.Code!), forward);
    }

    private async Task ListAsync(TeamsTurn turn, string? notice, bool replace, CancellationToken ct)
    {
        var t = turn.Texts;
        var upcoming = await invitations.UpcomingForHostAsync(turn.Person.MemberId!.Value, ct);
        var card = InviteCards.List(t, [.. upcoming.Select(v => new InviteCards.Invitation(v.Id, v.VisitorName, When(t, v), v.Code!))], notice);
        if (replace)
        {
            await turn.ReplaceSubmittedCardAsync(card, ct);
        }
        else
        {
            await turn.SendCardAsync(card, ct);
        }
    }

    private string When(Texts t, Visit v)
    {
        var from = time.ToLocal(v.ExpectedFrom!.Value);
        var until = time.ToLocal(v.ExpectedUntil!.Value);
        return $"{from.ToString(t.IsChinese ? "M月d日 ddd HH:mm" : "ddd d MMM, HH:mm", t.Culture)}–{until.ToString("HH:mm", t.Culture)}";
    }

    private FormValues Defaults()
    {
        var (date, from, until) = InvitationSlot.Next(time.LocalNow.DateTime, options.Value.Closing);
        return new FormValues
        {
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["from"] = from.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["until"] = until.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["guests"] = "1",
        };
    }

    private FormValues FromVisit(Visit v)
    {
        var from = time.ToLocal(v.ExpectedFrom!.Value);
        return new FormValues
        {
            ["name"] = v.VisitorName,
            ["company"] = v.VisitorCompany ?? "",
            ["date"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["from"] = from.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["until"] = time.ToLocal(v.ExpectedUntil!.Value).ToString("HH:mm", CultureInfo.InvariantCulture),
            ["purpose"] = v.Purpose,
            ["phone"] = v.VisitorPhone ?? "",
            ["email"] = v.VisitorEmail ?? "",
            ["guests"] = v.Guests.ToString(CultureInfo.InvariantCulture),
        };
    }

    // Card inputs arrive as text; a value that is not a date, time or number is an error beside its field.
    private static InvitationRequest? Parse(FormValues form, Texts t)
    {
        var ok = true;
        if (!DateOnly.TryParseExact(form["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            form.AddError("date", t["invite.error.date"]);
            ok = false;
        }
        if (!TimeOnly.TryParseExact(form["from"], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            form.AddError("from", t["invite.error.time"]);
            ok = false;
        }
        if (!TimeOnly.TryParseExact(form["until"], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            form.AddError("until", t["invite.error.time"]);
            ok = false;
        }
        if (!double.TryParse(form["guests"].Length == 0 ? "1" : form["guests"], NumberStyles.Float, CultureInfo.InvariantCulture, out var guests) || guests != Math.Floor(guests))
        {
            form.AddError("guests", t["invite.error.guests"]);
            ok = false;
        }
        return ok ? new InvitationRequest(form["name"], form["company"], date, from, until, form["purpose"], form["phone"], form["email"], (int)Math.Clamp(guests, -1, 1000)) : null;
    }

    private static bool IsList(string text) => Shortcut.Matches(text, "my invitations", "invitations", "我的邀请", "邀请列表");
}
