using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// The desk's visitor work in Teams: the day's board ("visitors" / "访客"), everyone on site for an
// evacuation ("on site" / "在场访客"), checking a visitor out, and the watchlist ("watchlist" / "关注名单").
public sealed class VisitDeskTask(VisitBoard board, CheckOut checkOut, Watchlist watchlist, VisitSearch search, FrontDesk.Bot.Features.Visits.VisitExports exports, BuildingTime time) : ITeamsTask
{
    public string Name => "desk";

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => IsBoard(text) || IsOnSite(text) || IsWatchlist(text) || IsSearch(text);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["desk.help.title"], texts["desk.help.description"], texts["desk.help.typed"], "desk.board");

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        if (IsOnSite(text))
        {
            return OnSiteAsync(turn, ct);
        }
        if (IsSearch(text))
        {
            return SearchAsync(turn, text, ct);
        }
        return IsWatchlist(text)
            ? WatchlistAsync(turn, FormValues.Empty, null, replace: false, ct)
            : BoardAsync(turn, null, replace: false, ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, string step, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        int? id = int.TryParse(data["id"]?.ToString(), out var parsed) ? parsed : null;
        switch (step)
        {
            case "checkout" when id is not null:
                var done = await checkOut.CheckOutAsync(id.Value, turn.Actor, ct: ct);
                await BoardAsync(turn, t[done ? "desk.checkedOut" : "desk.notOnSite"], replace: true, ct);
                break;
            case "watch":
                await AddToWatchlistAsync(turn, data, ct);
                break;
            case "unwatch" when id is not null:
                var removed = await watchlist.RemoveAsync(id.Value, turn.Actor, ct);
                await WatchlistAsync(turn, FormValues.Empty, removed ? t["desk.watch.removed"] : null, replace: true, ct);
                break;
            case "onsite":
                await OnSiteAsync(turn, ct);
                break;
            default:
                await BoardAsync(turn, null, replace: false, ct);
                break;
        }
    }

    private async Task AddToWatchlistAsync(TeamsTurn turn, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var form = new FormValues();
        foreach (var field in new[] { "name", "company", "reason" })
        {
            form[field] = VisitRules.Clean(data[field]?.ToString());
        }
        foreach (var (field, max) in new[] { ("name", VisitRules.NameLength), ("company", VisitRules.NameLength), ("reason", VisitRules.PurposeLength) })
        {
            if (field != "company" && form[field].Length == 0)
            {
                form.AddError(field, t["form.required"]);
            }
            else if (form[field].Length > max)
            {
                form.AddError(field, t.Format("form.tooLong", max));
            }
        }
        if (!form.IsValid)
        {
            await WatchlistAsync(turn, form, null, replace: true, ct);
            return;
        }
        await watchlist.AddAsync(form["name"], form["company"], form["reason"], turn.Actor, ct);
        await WatchlistAsync(turn, FormValues.Empty, t["desk.watch.added"], replace: true, ct);
    }

    private async Task BoardAsync(TeamsTurn turn, string? notice, bool replace, CancellationToken ct)
    {
        var t = turn.Texts;
        var today = time.Today;
        var counts = await board.CountsAsync(today, ct);
        var present = (await board.OnSiteAsync(ct)).Select(v => Line(t, v, v.ArrivedAt)).ToList();
        var coming = (await board.ExpectedAsync(today, ct)).Select(v => Line(t, v, v.ExpectedFrom)).ToList();
        var card = DeskCards.Board(t, today.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture), counts.Expected, counts.OnSite, counts.Left, present, coming, notice);
        await Send(turn, card, replace, ct);
    }

    // "visits zhang 2026-11-01 2026-11-30": words are a name, dates the range (default: the last 30 days).
    private async Task SearchAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        var t = turn.Texts;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(text.StartsWith("search", StringComparison.OrdinalIgnoreCase) || text.StartsWith("export", StringComparison.OrdinalIgnoreCase) ? 2 : 1).ToList();
        var dates = words.Select(w => DateOnly.TryParseExact(w, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        var given = dates.OfType<DateOnly>().Order().ToList();
        var to = given.Count > 0 ? given[^1] : time.Today;
        var from = given.Count > 1 ? given[0] : given.Count == 1 ? given[0] : time.Today.AddDays(-30);
        if (to.DayNumber - from.DayNumber > VisitSearch.MaxDays)
        {
            await turn.SendAsync(t.Format("desk.search.tooLong", VisitSearch.MaxDays), ct);
            return;
        }
        var name = string.Join(' ', words.Where((_, i) => dates[i] is null));
        var found = await search.FindAsync(name, from, to, ct: ct);
        var range = $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}";
        var title = name.Length == 0 ? t.Format("desk.search.titleAll", range, found.Count) : t.Format("desk.search.title", FrontDesk.Cards.Common.CardText.Escape(name), range, found.Count);
        var lines = found.Select(v => Line(t, v, v.ArrivedAt ?? v.ExpectedFrom) with { Status = t[$"desk.visitStatus.{v.Status}"] }).ToList();
        await turn.SendCardAsync(DeskCards.Search(t, title, lines, exports.LinkFor(from, to)), ct);
    }

    private async Task OnSiteAsync(TeamsTurn turn, CancellationToken ct)
    {
        var t = turn.Texts;
        var present = (await board.OnSiteAsync(ct)).Select(v => Line(t, v, v.ArrivedAt)).ToList();
        await turn.SendCardAsync(DeskCards.OnSite(t, time.LocalNow.ToString("HH:mm", t.Culture), present), ct);
    }

    private async Task WatchlistAsync(TeamsTurn turn, FormValues form, string? notice, bool replace, CancellationToken ct)
    {
        var entries = (await watchlist.ListAsync(ct)).Select(w => new DeskCards.Watched(w.Id, w.Name, w.Company, w.Reason)).ToList();
        await Send(turn, DeskCards.Watchlist(turn.Texts, entries, form, notice), replace, ct);
    }

    private DeskCards.Line Line(Texts t, Visit v, DateTimeOffset? at) => new(
        v.Id, v.VisitorName, v.VisitorCompany, v.Host?.Name ?? "-", v.Company?.Name ?? "-",
        at is null ? "-" : time.ToLocal(at.Value).ToString("HH:mm", t.Culture),
        v.Status is VisitStatus.AwaitingHost or VisitStatus.AwaitingDesk ? t[$"desk.status.{v.Status}"] : null);

    private static Task Send(TeamsTurn turn, AdaptiveCards.AdaptiveCard card, bool replace, CancellationToken ct) =>
        replace ? turn.ReplaceSubmittedCardAsync(card, ct) : turn.SendCardAsync(card, ct);

    private static bool IsBoard(string text) => Shortcut.Matches(text, "visitors", "board", "visitor board", "访客", "今日访客");

    private static bool IsOnSite(string text) => Shortcut.Matches(text, "on site", "who is on site", "evacuation", "在场访客", "疏散");

    private static bool IsSearch(string text) => Shortcut.Matches(text, "visits", "search visits", "export visits", "访客记录", "导出访客");

    private static bool IsWatchlist(string text) => Shortcut.Matches(text, "watchlist", "关注名单");
}
