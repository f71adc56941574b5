using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Supervision;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Schedules;
using FrontDesk.Data.Supervision;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Supervision;

// "rules review" / "规章评审" (the rules owner and the managers): who owns the rules, the next reminder, the reviews
// newest first, and for whoever records them a button to review the rules now.
public sealed class RulesHistoryTask(RulesOwner owner, RulesReviews reviews, SupervisionText text, IOptions<SupervisionOptions> options, BuildingTime time)
    : ITeamsTask
{
    public const int Shown = 20;

    private static readonly string[] Phrases = ["rules review", "rules reviews", "规章评审"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [SupervisionActions.History];

    public bool IsFor(Person person) => owner.MaySee(person);

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["supervision.help.title"], texts["supervision.help.description"], texts["supervision.help.typed"], SupervisionActions.History);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        var named = await owner.ReachableAsync(ct);
        var who = named is not null
            ? t.Format("supervision.history.owner", CardText.NameAndCompany(named.Name, named.Email))
            : owner.Email is { } email ? t.Format("supervision.history.ownerUnreachable", CardText.Escape(email)) : t["supervision.history.noOwner"];
        var next = ScheduledRuns.Parse(options.Value.Cron).GetNextOccurrence(time.UtcNow, time.Zone);
        var history = await reviews.HistoryAsync(Shown, ct);
        await turn.SendCardAsync(RulesHistoryCards.History(t, new HistoryView(who, next is { } n ? text.When(t, n) : "–",
            [.. history.Select(r => text.View(t, r))], owner.MayRecord(turn.Person, named))), ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "rules review", ct);
}
