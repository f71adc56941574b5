using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// People the desk holds at the kiosk ("watchlist" / "关注名单"): list, add with a reason, remove.
public sealed class WatchlistTask(Watchlist watchlist, AccessLog access) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [VisitActions.Watchlist, VisitActions.Watch, VisitActions.Unwatch];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => Shortcut.Matches(text, "watchlist", "关注名单");

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) => ShowAsync(turn, FormValues.Empty, null, replace: false, ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == VisitActions.Watch)
        {
            await AddAsync(turn, data, ct);
        }
        else if (action == VisitActions.Unwatch && int.TryParse(data["id"]?.ToString(), out var id))
        {
            var removed = await watchlist.RemoveAsync(id, turn.Actor, ct);
            await ShowAsync(turn, FormValues.Empty, removed ? turn.Texts["desk.watch.removed"] : null, replace: true, ct);
        }
        else
        {
            await ShowAsync(turn, FormValues.Empty, null, replace: false, ct);
        }
    }

    private async Task AddAsync(TeamsTurn turn, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var form = FormValues.Read(data, ["name", "company", "reason"]);
        var problems = new Dictionary<string, string>();
        VisitRules.Text(problems, "name", form["name"], VisitRules.NameLength, required: true);
        VisitRules.Text(problems, "company", form["company"], VisitRules.NameLength, required: false);
        VisitRules.Text(problems, "reason", form["reason"], VisitRules.PurposeLength, required: true);
        foreach (var (field, code) in problems)
        {
            form.AddError(field, VisitProblemText.For(t, field, code));
        }
        if (!form.IsValid)
        {
            await ShowAsync(turn, form, null, replace: true, ct);
            return;
        }
        await watchlist.AddAsync(form["name"], form["company"], form["reason"], turn.Actor, ct);
        await ShowAsync(turn, FormValues.Empty, t["desk.watch.added"], replace: true, ct);
    }

    private async Task ShowAsync(TeamsTurn turn, FormValues form, string? notice, bool replace, CancellationToken ct)
    {
        var entries = (await watchlist.ListAsync(ct)).Select(w => new DeskCards.Watched(w.Id, w.Name, w.Company, w.Reason)).ToList();
        await access.WatchlistViewedAsync(turn.Actor, [.. entries.Select(e => e.Id)], ct);
        var card = DeskCards.Watchlist(turn.Texts, entries, form, notice);
        if (replace)
        {
            await turn.ReplaceSubmittedCardAsync(card, ct);
            return;
        }
        await turn.SendCardAsync(card, ct);
    }
}
