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

// The desk's day in Teams: the board ("visitors" / "访客") with a Check out button per visitor, and everyone
// on site for an evacuation ("on site" / "在场访客").
public sealed class VisitBoardTask(VisitBoard board, CheckOut checkOut, VisitLines lines, AccessLog access, BuildingTime time) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [VisitActions.Board, VisitActions.OnSite, VisitActions.CheckOut];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => IsBoard(text) || IsOnSite(text);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["desk.help.title"], texts["desk.help.description"], texts["desk.help.typed"], VisitActions.Board);

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) =>
        IsOnSite(text) ? OnSiteAsync(turn, ct) : BoardAsync(turn, null, replace: false, ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == VisitActions.CheckOut && int.TryParse(data["id"]?.ToString(), out var id))
        {
            var done = await checkOut.CheckOutAsync(id, turn.Actor, ct: ct);
            await BoardAsync(turn, turn.Texts[done ? "desk.checkedOut" : "desk.notOnSite"], replace: true, ct);
            return;
        }
        await (action == VisitActions.OnSite ? OnSiteAsync(turn, ct) : BoardAsync(turn, null, replace: false, ct));
    }

    private async Task BoardAsync(TeamsTurn turn, string? notice, bool replace, CancellationToken ct)
    {
        var t = turn.Texts;
        var today = time.Today;
        var counts = await board.CountsAsync(today, ct);
        var onSite = await board.OnSiteAsync(ct);
        var expected = await board.ExpectedAsync(today, ct);
        var left = await board.LeftAsync(today, ct);
        await access.ViewedAsync(turn.Actor, "board", [.. onSite.Concat(expected).Concat(left).Select(v => v.Id)], ct);
        var present = onSite.Select(v => lines.For(t, v, v.ArrivedAt)).ToList();
        var coming = expected.Select(v => lines.For(t, v, v.ExpectedFrom)).ToList();
        var gone = left.Select(v => lines.For(t, v, v.CheckedOutAt)).ToList();
        var card = DeskCards.Board(t, today.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture), counts.Expected, counts.OnSite, counts.Left, present, coming, gone, notice);
        if (replace)
        {
            await turn.ReplaceSubmittedCardAsync(card, ct);
            return;
        }
        await turn.SendCardAsync(card, ct);
    }

    private async Task OnSiteAsync(TeamsTurn turn, CancellationToken ct)
    {
        var t = turn.Texts;
        var onSite = await board.OnSiteAsync(ct);
        await access.ViewedAsync(turn.Actor, "onsite", [.. onSite.Select(v => v.Id)], ct);
        var present = onSite.Select(v => lines.For(t, v, v.ArrivedAt)).ToList();
        await turn.SendCardAsync(DeskCards.OnSite(t, time.LocalNow.ToString("HH:mm", t.Culture), present), ct);
    }

    private static bool IsBoard(string text) => Shortcut.Matches(text, "visitors", "board", "visitor board", "访客", "今日访客");

    private static bool IsOnSite(string text) => Shortcut.Matches(text, "on site", "who is on site", "evacuation", "在场访客", "疏散");
}
