using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Features.Visits;

// The messages a visit causes, all through the durable outbox: the host's card on arrival, the host's
// answer relayed to the kiosk in the visitor's language, and the desk's private alerts.
public sealed class VisitNotices(Outbox outbox, StaffBroadcast desk, People people, BuildingTime time, Catalog catalog)
{
    public const string ArrivalKind = "visit.arrival";
    public const string RelayKind = "visit.relay";
    public const string DeskKind = "visit.desk";

    // After a check-in. The visit must come with its Host and Company loaded.
    public async Task ArrivedAsync(Visit visit, CancellationToken ct)
    {
        var host = visit.Host!;
        var company = visit.Company!;
        var related = Related(visit);
        if (visit.Status == VisitStatus.AwaitingDesk)
        {
            await desk.SendAsync($"{related}:held", DeskKind, related, t => MessageFactory.Text(t.Format("visits.desk.held",
                CardText.Escape(visit.VisitorName), CardText.Escape(visit.VisitorCompany ?? "-"), CardText.Escape(host.Name), CardText.Escape(company.Name))), ct);
            return;
        }
        if (host.AadObjectId is null)
        {
            await desk.SendAsync($"{related}:unreachable", DeskKind, related, t => MessageFactory.Text(t.Format("visits.desk.hostUnreachable",
                CardText.Escape(visit.VisitorName), CardText.Escape(host.Name), CardText.Escape(company.Name))), ct);
            return;
        }
        var texts = catalog.For(await desk.LanguageOfAsync(host.AadObjectId, ct));
        var card = CardMessage.From(HostCards.Arrived(texts, ArrivalOf(visit, texts)));
        card.Locale = texts.Language;
        await outbox.EnqueueAsync($"{related}:arrival", NotificationTarget.TeamsUser(host.AadObjectId), card, ArrivalKind, related, ct: ct);
    }

    // The host answered: tell the waiting visitor, and the desk when the host cannot come.
    public async Task RelayAnswerAsync(Visit visit, CancellationToken ct)
    {
        var related = Related(visit);
        var answer = visit.HostAnswer!.Value;
        var hostName = CardText.Escape(visit.Host!.Name);
        var companyName = CardText.Escape(visit.Company!.Name);
        var key = string.Create(CultureInfo.InvariantCulture, $"{related}:answer:{answer}:{visit.WaitMinutes}");
        if (visit.LobbyConversationId is { } lobby)
        {
            var t = catalog.For(visit.LobbyLocale);
            var message = MessageFactory.Text(t.Format($"visits.lobby.{answer}", hostName, visit.WaitMinutes, CardText.Escape(visit.Company!.Floor ?? "-"), companyName));
            message.Locale = t.Language;
            await outbox.EnqueueAsync(key, NotificationTarget.LobbyConversation(lobby), message, RelayKind, related, ct: ct);
        }
        if (answer == HostAnswer.CannotMake)
        {
            await desk.SendAsync($"{key}:desk", DeskKind, related, t => MessageFactory.Text(t.Format("visits.desk.cannotMake",
                hostName, companyName, CardText.Escape(visit.VisitorName))), ct);
        }
    }

    // Nobody answered in time: the host's colleagues get the same card (any of them may answer), the
    // desk is told, and the visitor hears that someone is coming.
    public async Task NoAnswerAsync(Visit visit, CancellationToken ct)
    {
        var related = Related(visit);
        foreach (var colleague in await people.ReachableMembersAsync(visit.CompanyId, ct))
        {
            if (colleague.Id == visit.HostMemberId)
            {
                continue;
            }
            var texts = catalog.For(await desk.LanguageOfAsync(colleague.AadObjectId!, ct));
            var card = CardMessage.From(HostCards.Arrived(texts, ArrivalOf(visit, texts) with { ForHost = visit.Host!.Name }));
            card.Locale = texts.Language;
            await outbox.EnqueueAsync(string.Create(CultureInfo.InvariantCulture, $"{related}:escalation:{colleague.Id}"),
                NotificationTarget.TeamsUser(colleague.AadObjectId!), card, ArrivalKind, related, ct: ct);
        }
        await desk.SendAsync($"{related}:noanswer", DeskKind, related, t => MessageFactory.Text(t.Format("visits.desk.noAnswer",
            CardText.Escape(visit.VisitorName), CardText.Escape(visit.Host!.Name), CardText.Escape(visit.Company!.Name), LocalTime(visit.ArrivedAt!.Value, t))), ct);
        if (visit.LobbyConversationId is { } lobby)
        {
            var t = catalog.For(visit.LobbyLocale);
            var message = MessageFactory.Text(t["visits.lobby.noAnswer"]);
            message.Locale = t.Language;
            await outbox.EnqueueAsync($"{related}:noanswer:lobby", NotificationTarget.LobbyConversation(lobby), message, RelayKind, related, ct: ct);
        }
    }

    public Task OverstayAsync(Visit visit, CancellationToken ct)
    {
        var related = Related(visit);
        return desk.SendAsync($"{related}:overstay", DeskKind, related, t => MessageFactory.Text(t.Format("visits.desk.overstay",
            CardText.Escape(visit.VisitorName), CardText.Escape(visit.Host!.Name), CardText.Escape(visit.Company!.Name), LocalTime(visit.CheckedInAt!.Value, t))), ct);
    }

    public HostCards.Arrival ArrivalOf(Visit visit, Texts t) => new(
        visit.Id, visit.WalkIn, visit.VisitorName, visit.VisitorCompany, visit.Purpose, visit.Guests,
        time.ToLocal(visit.ArrivedAt ?? time.UtcNow).ToString("HH:mm", t.Culture));

    public string LocalTime(DateTimeOffset utc, Texts t) => time.ToLocal(utc).ToString("HH:mm", t.Culture);

    public static string Related(Visit visit) => string.Create(CultureInfo.InvariantCulture, $"visit:{visit.Id}");
}
