using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Calls;

// The desk's day on the phone ("calls" / "今日来电"): every message taken today and where it stands.
public sealed class CallListTask(CallQueries queries, CallText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [CallActions.Today];

    public bool IsFor(Person person) => person.IsStaff;

    // The desk has no messages of its own: "my messages" shows it the day's.
    public bool Matches(TeamsTurn turn, string typed) =>
        Shortcut.Matches(typed, "calls", "today's calls", "phone messages", "今日来电", "今日留言") ||
        (turn.Person.IsStaff && Shortcut.Matches(typed, "my messages", "我的留言"));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["calls.help.todayTitle"], texts["calls.help.todayDescription"], texts["calls.help.todayTyped"], CallActions.Today);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        var (messages, total) = await queries.TodayAsync(ct);
        await turn.SendCardAsync(CallCards.Today(t, text.Day(t, text.Today), [.. messages.Select(text.View)], total), ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "", ct);
}
