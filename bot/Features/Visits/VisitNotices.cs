using System.Globalization;
using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bot.Features.Visits;

// The messages a visit causes, written into the visit change's own unit of work: the host's card on
// arrival, the host's answer relayed to the kiosk in the visitor's language, and the desk's private alerts.
public sealed class VisitNotices(NoticeComposer composer, StaffBroadcast desk, Outbox outbox, KioskReach kiosks, BuildingTime time) : IVisitNoticeSink
{
    public const string ArrivalKind = "visit.arrival";
    public const string RelayKind = "visit.relay";
    // "We have not reached your host yet" at the kiosk.
    public const string WaitingKind = "visit.waiting";
    public const string DeskKind = "visit.desk";
    public const string HostKind = "visit.host";

    public async Task ArrivedAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var host = visit.Host!;
        var company = visit.Company!;
        var related = Related(visit);
        if (visit.Status == VisitStatus.AwaitingDesk)
        {
            await desk.AddAsync(db, $"{related}:held", DeskKind, related, t => Notice.Of(t.Format("visits.desk.held",
                CardText.Escape(visit.VisitorName), CardText.Escape(visit.VisitorCompany ?? "-"), CardText.Escape(host.Name), CardText.Escape(company.Name))), ct);
            return;
        }
        if (host.AadObjectId is null)
        {
            await desk.AddAsync(db, $"{related}:unreachable", DeskKind, related, t => Notice.Of(t.Format("visits.desk.hostUnreachable",
                CardText.Escape(visit.VisitorName), CardText.Escape(host.Name), CardText.Escape(company.Name))), ct);
            return;
        }
        await composer.AddAsync(db, [NoticeRecipient.TeamsUser(host.AadObjectId, $"{related}:arrival")], ArrivalKind, related,
            t => Notice.Of(HostCards.Arrived(t, ArrivalOf(visit, t))), ct);
    }

    public async Task<KioskRelay> AnsweredAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var related = Related(visit);
        var answer = visit.HostAnswer!.Value;
        var hostName = CardText.Escape(visit.Host!.Name);
        var companyName = CardText.Escape(visit.Company!.Name);
        var key = string.Create(CultureInfo.InvariantCulture, $"{related}:answer:{answer}:{visit.WaitMinutes}");
        var relay = KioskRelay.None;
        if (visit.LobbyConversationId is { } lobby && kiosks.Of(lobby) == KioskPresence.Gone)
        {
            await KioskGoneAsync(db, visit, ct);
            relay = KioskRelay.KioskGone;
        }
        else if (visit.LobbyConversationId is { } open)
        {
            await composer.AddAsync(db, [NoticeRecipient.Lobby(open, visit.LobbyLocale, key)], RelayKind, related, t => Notice.Of(
                t.Format($"visits.lobby.{answer}", hostName, visit.WaitMinutes, CardText.Escape(visit.Company.Floor ?? "-"), companyName)), ct);
            relay = KioskRelay.Queued;
        }
        if (answer == HostAnswer.CannotMake)
        {
            await desk.AddAsync(db, $"{key}:desk", DeskKind, related, t => Notice.Of(t.Format("visits.desk.cannotMake",
                hostName, companyName, CardText.Escape(visit.VisitorName))), ct);
        }
        return relay;
    }

    // The visitor's kiosk session ended before the answer could reach it: the desk passes it on in person.
    // Once per visit, whether noticed when answering or when the relay failed.
    public async Task KioskGoneAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(visit);
        var related = Related(visit);
        var answerer = await AnswererAsync(db, visit, ct);
        await desk.AddAsync(db, $"{related}:kioskGone", DeskKind, related, t => Notice.Of(t.Format("visits.desk.kioskGone",
            CardText.Escape(visit.VisitorName), CardText.Escape(answerer?.Name ?? visit.Host!.Name), CardText.Escape(visit.Company!.Name),
            Said(visit, t), LocalTime(visit.HostAnsweredAt!.Value, t))), ct);
    }

    // The host's card said the visitor was being told; the relay then failed (Azure's Direct Line cannot be asked first).
    public async Task HostNotToldAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (await AnswererAsync(db, visit, ct) is not { AadObjectId: { } aad })
        {
            return;
        }
        var related = Related(visit);
        await composer.AddAsync(db, [NoticeRecipient.TeamsUser(aad, $"{related}:kioskGone:host")], HostKind, related,
            t => Notice.Of(t.Format("visits.host.kioskGone", CardText.Escape(visit.VisitorName), Said(visit, t))), ct);
    }

    private static Task<Member?> AnswererAsync(FrontDeskDb db, Visit visit, CancellationToken ct) =>
        db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == visit.HostAnsweredBy, ct);

    // The standing answer in words: "Please wait about 10 minutes".
    public static string Said(Visit visit, Texts t)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return t.Format($"visits.said.{visit.HostAnswer}", visit.WaitMinutes);
    }

    // Any of the host's colleagues may answer the card they get.
    public async Task NoAnswerAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var related = Related(visit);
        var colleagues = (await People.ReachableMembersAsync(db, visit.CompanyId, ct)).Where(m => m.Id != visit.HostMemberId);
        await composer.AddAsync(db,
            [.. colleagues.Select(c => NoticeRecipient.TeamsUser(c.AadObjectId!, string.Create(CultureInfo.InvariantCulture, $"{related}:escalation:{c.Id}")))],
            ArrivalKind, related, t => Notice.Of(HostCards.Arrived(t, ArrivalOf(visit, t) with { ForHost = visit.Host!.Name })), ct);
        await desk.AddAsync(db, $"{related}:noanswer", DeskKind, related, t => Notice.Of(DeskServeCards.NoAnswer(t, WaitingOf(visit, t))), ct);
        // A kiosk that has gone is not written to: the desk was just asked to check on the visitor anyway.
        if (visit.LobbyConversationId is { } lobby && kiosks.Of(lobby) != KioskPresence.Gone)
        {
            await composer.AddAsync(db, [NoticeRecipient.Lobby(lobby, visit.LobbyLocale, $"{related}:noanswer:lobby")], WaitingKind, related,
                t => Notice.Of(t["visits.lobby.noAnswer"]), ct);
        }
    }

    // A lost note needs nothing (as for the waiting note): the staff member is on their way anyway.
    public async Task<KioskRelay> DeskServingAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (visit.LobbyConversationId is not { } lobby || kiosks.Of(lobby) == KioskPresence.Gone)
        {
            return KioskRelay.None;
        }
        var related = Related(visit);
        await composer.AddAsync(db, [NoticeRecipient.Lobby(lobby, visit.LobbyLocale, $"{related}:deskserves:lobby")], WaitingKind, related,
            t => Notice.Of(t["visits.lobby.deskComing"]), ct);
        return KioskRelay.Queued;
    }

    public DeskServeCards.Waiting WaitingOf(Visit visit, Texts t)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new(visit.Id, visit.VisitorName, visit.Host!.Name, visit.Company!.Name, LocalTime(visit.ArrivedAt ?? time.UtcNow, t));
    }

    public async Task OverstayAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var related = Related(visit);
        await desk.AddAsync(db, $"{related}:overstay", DeskKind, related, t => Notice.Of(t.Format("visits.desk.overstay",
            CardText.Escape(visit.VisitorName), CardText.Escape(visit.Host!.Name), CardText.Escape(visit.Company!.Name), LocalTime(visit.CheckedInAt!.Value, t))), ct);
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => outbox.Wake();

    public HostCards.Arrival ArrivalOf(Visit visit, Texts t)
    {
        var arrived = visit.ArrivedAt ?? time.UtcNow;
        var arrival = new HostCards.Arrival(visit.Id, visit.WalkIn, visit.VisitorName, visit.VisitorCompany, visit.Purpose, visit.Guests,
            time.ToLocal(arrived).ToString("HH:mm", t.Culture));
        if (visit.ExpectedFrom is not { } from || visit.ExpectedUntil is not { } until)
        {
            return arrival;
        }
        // Whole minutes, so a visitor a few seconds early is on time.
        return arrival with
        {
            Expected = $"{LocalTime(from, t)}–{LocalTime(until, t)}",
            MinutesEarly = Math.Max(0, (int)(from - arrived).TotalMinutes),
            MinutesLate = Math.Max(0, (int)(arrived - until).TotalMinutes),
        };
    }

    public string LocalTime(DateTimeOffset utc, Texts t) => time.ToLocal(utc).ToString("HH:mm", t.Culture);

    public static string Related(Visit visit) => string.Create(CultureInfo.InvariantCulture, $"visit:{visit.Id}");

    public static int? VisitIdOf(string? related) =>
        related is not null && related.StartsWith("visit:", StringComparison.Ordinal) &&
        int.TryParse(related.AsSpan("visit:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
