using System.Text.RegularExpressions;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Mail;

// R5: "my mail" / "我的邮件" lists a member's waiting items; "mail M-20261128-0042" / "邮件 M-…" shows an
// item's history to anyone entitled to see it (the desk sees every item, with the ways to close it).
public sealed partial class MailTrackTask(MailQueries queries, MailHandover handover, MailText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [MailActions.Mine, MailActions.Show, MailActions.NewCode];

    public bool IsFor(Person person) => person.Role != Role.Unlinked;

    public bool Matches(TeamsTurn turn, string typed) =>
        Shortcut.Matches(typed, "my mail", "my parcels", "我的邮件", "我的包裹") || SerialQuery().IsMatch(typed) ||
        (!turn.Person.IsStaff && Shortcut.Matches(typed, "pickup", "pick up", "取件"));

    public HelpEntry? Help(Texts texts, Person person) => person.Role == Role.Tenant
        ? new(texts["mail.help.mineTitle"], texts["mail.help.mineDescription"], texts["mail.help.mineTyped"], MailActions.Mine)
        : null;

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        if (SerialQuery().Match(typed) is { Success: true } match)
        {
            await ShowAsync(turn, match.Groups["serial"].Value.ToUpperInvariant(), replace: false, ct);
            return;
        }
        var t = turn.Texts;
        var items = await queries.PendingForAsync(turn.Person, ct);
        await turn.SendCardAsync(MailCards.Mine(t, [.. items.Select(i => text.View(t, i))]), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == MailActions.Show && FormValues.Text(data, MailFormCards.SerialField) is { Length: > 0 } serial)
        {
            await ShowAsync(turn, serial.ToUpperInvariant(), replace: false, ct);
            return;
        }
        if (action == MailActions.NewCode && turn.Person is { Role: Role.Tenant, MemberId: { } memberId, CompanyId: { } companyId })
        {
            var items = await handover.NewCodeAsync(new MailNoticeRecipient(memberId, turn.Person.Name, turn.Actor), companyId, ct);
            await turn.SendAsync(items.Count == 0 ? turn.Texts["mail.mine.noCode"] : turn.Texts.Format("mail.mine.codeSent", string.Join(", ", items.Select(i => i.Serial))), ct);
            return;
        }
        await OnTextAsync(turn, "my mail", ct);
    }

    private async Task ShowAsync(TeamsTurn turn, string serial, bool replace, CancellationToken ct)
    {
        var t = turn.Texts;
        var item = await queries.FindAsync(turn.Person, serial, ct);
        if (item is null)
        {
            // A serial is letters, digits and dashes: shown as typed; anything else (a forged submit) escaped.
            await turn.SendAsync(t.Format("mail.item.notFound", SerialQuery().IsMatch(serial) ? serial : CardText.Escape(serial)), ct);
            return;
        }
        var card = MailCards.Item(t, text.View(t, item), text.History(item), turn.Person.IsStaff && item.IsOpen, FormValues.Empty,
            (int)text.Rules.DeliveryDeadline.TotalHours);
        await (replace ? turn.ReplaceSubmittedCardAsync(card, ct) : turn.SendCardAsync(card, ct));
    }

    [GeneratedRegex(@"^(?:(?:mail|track|邮件|查询)\s*)?(?<serial>M-\d{8}-\d{4,})$", RegexOptions.IgnoreCase)]
    private static partial Regex SerialQuery();
}
