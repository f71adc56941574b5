using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Privacy;
using FrontDesk.Data;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Privacy;

// "audit log" / "审计日志" (managers): the audit entries of a period (default: the last 7 days), of one person or
// everyone, newest first. Stored texts are shown escaped: a subject may hold what someone typed.
public sealed class AuditLogTask(AccessLog log, AuditPeople people, BuildingTime time) : ITeamsTask
{
    public const int Shown = 50;
    private const int DefaultDays = 7;
    private static readonly string[] Phrases = ["audit log", "audit", "审计日志", "审计"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [PrivacyActions.ShowAudit];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string text) => Shortcut.Matches(text, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["privacy.audit.help.title"], texts["privacy.audit.help.description"], texts["privacy.audit.help.typed"], PrivacyActions.ShowAudit);

    public async Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        var phrase = Phrases.Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length) ?? "";
        var form = Defaults();
        form[AuditLogCards.PersonField] = text[phrase.Length..].Trim();
        await turn.SendCardAsync(await BuildAsync(turn.Texts, form, ct), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var form = FormValues.Read(data, [AuditLogCards.PersonField, AuditLogCards.FromField, AuditLogCards.ToField]);
        // From the help card: no inputs, so the default period in a card of its own.
        if (data[AuditLogCards.FromField] is null && data[AuditLogCards.ToField] is null)
        {
            await turn.SendCardAsync(await BuildAsync(turn.Texts, Defaults(), ct), ct);
            return;
        }
        await turn.ReplaceSubmittedCardAsync(await BuildAsync(turn.Texts, form, ct), ct);
    }

    private FormValues Defaults() => new()
    {
        [AuditLogCards.FromField] = Day(time.Today.AddDays(1 - DefaultDays)),
        [AuditLogCards.ToField] = Day(time.Today),
    };

    private async Task<AdaptiveCards.AdaptiveCard> BuildAsync(Texts t, FormValues form, CancellationToken ct)
    {
        var from = Date(t, form, AuditLogCards.FromField, time.Today.AddDays(1 - DefaultDays));
        var to = Date(t, form, AuditLogCards.ToField, time.Today);
        if (form.IsValid && to < from)
        {
            form.AddError(AuditLogCards.ToField, t["privacy.audit.order"]);
        }
        if (!form.IsValid)
        {
            return AuditLogCards.Build(t, form, t["privacy.audit.title"], [], more: false);
        }
        var person = form[AuditLogCards.PersonField];
        IReadOnlyList<string>? actors = null;
        var matched = true;
        if (person.Length > 0)
        {
            (actors, matched) = await people.AccountsAsync(person, ct);
        }
        var entries = await log.QueryAsync(actors, time.DayUtc(from).Start, time.DayUtc(to).End, Shown + 1, ct);
        var names = await people.NamesAsync(ct);
        var range = (Day(from), Day(to));
        var shown = Math.Min(entries.Count, Shown);
        var title = person.Length == 0
            ? t.Format("privacy.audit.heading", shown, range.Item1, range.Item2)
            : t.Format("privacy.audit.headingPerson", shown, CardText.Escape(person), range.Item1, range.Item2);
        if (!matched && entries.Count == 0)
        {
            title += " · " + t["privacy.audit.nobody"];
        }
        return AuditLogCards.Build(t, form, title, [.. entries.Take(Shown).Select(e => View(t, e, names))], entries.Count > Shown);
    }

    private AuditLogCards.Entry View(Texts t, AuditEntry e, IReadOnlyDictionary<string, string> names) => new(
        time.ToLocal(e.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        names.TryGetValue(e.Actor, out var name) ? name : e.Actor,
        t.Catalog.Entries(t.Language).TryGetValue($"privacy.audit.action.{e.Action}", out var what) ? what : e.Action,
        t.Catalog.Entries(t.Language).TryGetValue($"privacy.audit.subject.{e.Subject}", out var subject) ? subject : e.Subject, e.Details);

    private static DateOnly Date(Texts t, FormValues form, string field, DateOnly fallback)
    {
        var typed = form[field];
        if (typed.Length == 0)
        {
            return fallback;
        }
        if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        form.AddError(field, t["privacy.audit.badDate"]);
        return fallback;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
