using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Privacy;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Privacy;

// "forget visitor Zhang San" / "删除访客" (managers): find the person, confirm, and their personal details are
// erased from the visits, invitations and feedback; the audit log keeps who, when and how many.
public sealed class ForgetVisitorTask(VisitorErasure erasure, KioskConversations kiosk, AccessLog access, BuildingTime time) : ITeamsTask
{
    private const int MaxIds = 500;
    private static readonly string[] Phrases = ["forget visitor", "forget a visitor", "erase visitor", "删除访客", "删除访客信息"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [PrivacyActions.Find, PrivacyActions.Pick, PrivacyActions.Erase, PrivacyActions.Cancel];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string text) => Shortcut.Matches(text, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["privacy.forget.help.title"], texts["privacy.forget.help.description"], texts["privacy.forget.help.typed"], PrivacyActions.Find);

    public async Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        var phrase = Phrases.Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length) ?? "";
        var query = text[phrase.Length..].Trim();
        var form = new FormValues { [ForgetCards.QueryField] = query };
        await turn.SendCardAsync(query.Length == 0 ? ForgetCards.Find(turn.Texts, form) : await FindAsync(turn, form, ct), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        if (action == PrivacyActions.Find)
        {
            var form = FormValues.Read(data, [ForgetCards.QueryField]);
            if (form[ForgetCards.QueryField].Length == 0)
            {
                // From the help card: a fresh form, leaving the help card as it was.
                await turn.SendCardAsync(ForgetCards.Find(t, form), ct);
                return;
            }
            await turn.ReplaceSubmittedCardAsync(await FindAsync(turn, form, ct), ct);
        }
        else if (action == PrivacyActions.Pick)
        {
            await turn.ReplaceSubmittedCardAsync(await ConfirmAsync(turn, Ids(data), ct), ct);
        }
        else if (action == PrivacyActions.Erase)
        {
            await turn.ReplaceSubmittedCardAsync(await EraseAsync(turn, Ids(data), ct), ct);
        }
        else
        {
            await turn.ReplaceSubmittedCardAsync(ForgetCards.Note(t, t["privacy.forget.cancelled"]), ct);
        }
    }

    private async Task<AdaptiveCards.AdaptiveCard> FindAsync(TeamsTurn turn, FormValues form, CancellationToken ct)
    {
        var found = await erasure.FindAsync(form[ForgetCards.QueryField], ct);
        // Finding shows the visitors' details: that is a view like any other.
        await access.ViewedAsync(turn.Actor, "forget.search", [.. found.SelectMany(m => m.VisitIds)], ct);
        return ForgetCards.Find(turn.Texts, form, [.. found.Select(m => View(turn.Texts, m))]);
    }

    private async Task<AdaptiveCards.AdaptiveCard> ConfirmAsync(TeamsTurn turn, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (await erasure.DescribeAsync(ids, ct) is not { } match)
        {
            return ForgetCards.Note(turn.Texts, turn.Texts["privacy.forget.gone"]);
        }
        return ForgetCards.Confirm(turn.Texts, View(turn.Texts, match), await erasure.FeedbackCountAsync(match.VisitIds, ct));
    }

    private async Task<AdaptiveCards.AdaptiveCard> EraseAsync(TeamsTurn turn, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var result = await erasure.EraseAsync(ids, turn.Actor, ct);
        if (result.Visits == 0)
        {
            return ForgetCards.Note(turn.Texts, turn.Texts["privacy.forget.gone"]);
        }
        await kiosk.ClearAsync(result.KioskConversations, ct);
        return ForgetCards.Done(turn.Texts, new(result.Visits, result.Invitations, result.Feedback, result.KioskConversations.Count));
    }

    private ForgetCards.Person View(Texts t, VisitorMatch m) => new(
        string.Join(',', m.VisitIds.Select(id => id.ToString(CultureInfo.InvariantCulture))), m.Name, m.Company, m.Email ?? m.Phone,
        m.VisitIds.Count, m.Invitations, time.ToLocal(m.LastSeen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static List<int> Ids(JObject data) =>
        [.. (FormValues.Text(data, ForgetCards.IdsKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxIds)];
}
