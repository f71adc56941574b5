using System.Globalization;
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

// The visit register for the desk: "visits zhang 2026-11-01 2026-11-30" finds visits by visitor, host or
// company within dates (default: the last 30 days), with a CSV download of the range.
public sealed class VisitSearchTask(VisitSearch search, SignedDownloads downloads, VisitLines lines, AccessLog access, BuildingTime time) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => Shortcut.Matches(text, "visits", "search visits", "export visits", "访客记录", "导出访客");

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "visits", ct);

    public async Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        var t = turn.Texts;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(text.StartsWith("search", StringComparison.OrdinalIgnoreCase) || text.StartsWith("export", StringComparison.OrdinalIgnoreCase) ? 2 : 1).ToList();
        var dates = words.Select(w => DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        var given = dates.OfType<DateOnly>().Order().ToList();
        var to = given.Count > 0 ? given[^1] : time.Today;
        var from = given.Count > 0 ? given[0] : time.Today.AddDays(-30);
        if (to.DayNumber - from.DayNumber > VisitSearch.MaxDays)
        {
            await turn.SendAsync(t.Format("desk.search.tooLong", VisitSearch.MaxDays), ct);
            return;
        }
        var name = string.Join(' ', words.Where((_, i) => dates[i] is null));
        var found = await search.FindAsync(name, from, to, ct: ct);
        var range = $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}";
        var title = name.Length == 0 ? t.Format("desk.search.titleAll", range, found.Count) : t.Format("desk.search.title", CardText.Escape(name), range, found.Count);
        await access.ViewedAsync(turn.Actor, "search", [.. found.Select(v => v.Id)], ct);
        var rows = found.Select(v => lines.For(t, v, v.ArrivedAt ?? v.ExpectedFrom) with { Status = t[$"desk.visitStatus.{v.Status}"] }).ToList();
        await turn.SendCardAsync(DeskCards.Search(t, title, rows, downloads.LinkFor(VisitExports.Name, from, to, t.Language, turn.Actor)), ct);
    }
}
