using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// A tenant member's view of their own company's visitors today ("our visitors" / "我们的访客"): expected,
// arrived and left. The company comes from who is asking, never from the card, so no other company shows.
public sealed class OurVisitorsTask(VisitBoard board, AccessLog access, BuildingTime time) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [VisitActions.OurVisitors];

    public bool IsFor(Person person) => person.Role == Role.Tenant && person.CompanyId is not null;

    public bool Matches(TeamsTurn turn, string text) =>
        Shortcut.Matches(text, "our visitors", "our visitors today", "company visitors", "我们的访客", "本公司访客");

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["ours.help.title"], texts["ours.help.description"], texts["ours.help.typed"], VisitActions.OurVisitors);

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) => ShowAsync(turn, ct);

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => ShowAsync(turn, ct);

    private async Task ShowAsync(TeamsTurn turn, CancellationToken ct)
    {
        var t = turn.Texts;
        var today = time.Today;
        var visits = await board.ForCompanyAsync(turn.Person.CompanyId!.Value, today, today, ct);
        await access.ViewedAsync(turn.Actor, "ours", [.. visits.Select(v => v.Id)], ct);
        var expected = visits.Where(v => v.Status == VisitStatus.Expected).Select(v => Line(t, v, v.ExpectedFrom)).ToList();
        var arrived = visits.Where(v => v.Status is VisitStatus.CheckedIn or VisitStatus.AwaitingHost or VisitStatus.AwaitingDesk)
            .Select(v => Line(t, v, v.ArrivedAt)).ToList();
        var left = visits.Where(v => v.Status is VisitStatus.CheckedOut or VisitStatus.Denied)
            .Select(v => Line(t, v, v.CheckedOutAt ?? v.ArrivedAt)).ToList();
        var day = today.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture);
        await turn.SendCardAsync(CompanyVisitCards.Today(t, turn.Person.CompanyName ?? "-", day, expected, arrived, left), ct);
    }

    // A held visitor shows as "with the front desk": the watchlist is the desk's, never the tenant's.
    private CompanyVisitCards.Line Line(Texts t, Visit v, DateTimeOffset? at) => new(
        v.VisitorName, v.VisitorCompany, v.Host?.Name ?? "-",
        at is null ? "-" : time.ToLocal(at.Value).ToString("HH:mm", t.Culture),
        v.Status is VisitStatus.AwaitingHost or VisitStatus.AwaitingDesk or VisitStatus.Denied ? t[$"ours.status.{v.Status}"] : null,
        v.Guests);
}
