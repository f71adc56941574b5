using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Mail.MailFormCards;

namespace FrontDesk.Bot.Features.Mail;

// The desk closes items: hands them over with the pickup code ("pickup" / "取件"), delivers them to the
// suite, returns them to the sender, unlocks an item after too many wrong codes.
public sealed class MailPickupTask(MailHandover handover, MailQueries queries, MailText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [MailActions.OpenPickup, MailActions.PickUp, MailActions.Deliver, MailActions.Return, MailActions.Unlock];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => turn.Person.IsStaff && Shortcut.Matches(typed, "pickup", "pick up", "取件");

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["mail.help.pickupTitle"], texts["mail.help.pickupDescription"], texts["mail.help.pickupTyped"], MailActions.OpenPickup);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var form = new FormValues();
        var space = typed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            form[F.CodeField] = typed[(space + 1)..].Trim();
        }
        await turn.SendCardAsync(F.Pickup(turn.Texts, form), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var form = FormValues.Read(data, [F.CodeField, F.WhoField, F.SerialField]);
        var serial = form[F.SerialField].ToUpperInvariant();
        var fromItemCard = FormValues.Text(data, F.FromField) == F.FromItem;
        if (action == MailActions.OpenPickup)
        {
            await OnTextAsync(turn, "pickup", ct);
            return;
        }
        if (action != MailActions.Unlock && form[F.WhoField].Length == 0)
        {
            form.AddError(F.WhoField, t["mail.whoRequired"]);
        }
        if (form[F.WhoField].Length > 100)
        {
            form.AddError(F.WhoField, t.Format("form.tooLong", 100));
        }
        if (action == MailActions.PickUp && form[F.CodeField].Length == 0 && serial.Length == 0)
        {
            form.AddError(F.CodeField, t["mail.codeRequired"]);
        }
        if (!form.IsValid)
        {
            await ShowFormAsync(turn, serial, form, fromItemCard, ct);
            return;
        }
        var who = form[F.WhoField];
        var result = action == MailActions.PickUp ? await handover.PickUpAsync(serial, form[F.CodeField], who, turn.Actor, turn.Person.Name, ct)
            : action == MailActions.Deliver ? await handover.DeliverAsync(serial, who, turn.Actor, turn.Person.Name, ct)
            : action == MailActions.Return ? await handover.ReturnAsync(serial, who, turn.Actor, turn.Person.Name, ct)
            : await handover.UnlockAsync(serial, turn.Actor, turn.Person.Name, ct);
        await AnswerAsync(turn, action, serial, form, result, fromItemCard, ct);
    }

    private async Task AnswerAsync(TeamsTurn turn, CardAction action, string serial, FormValues form, HandoverResult result, bool fromItemCard, CancellationToken ct)
    {
        var t = turn.Texts;
        var item = result.Items.FirstOrDefault();
        switch (result.Outcome)
        {
            case HandoverOutcome.Done:
                var serials = string.Join(", ", result.Items.Select(i => i.Serial));
                var message = action == MailActions.Unlock
                    ? t.Format("mail.done.unlocked", serials)
                    : t.Format($"mail.done.{item!.Status}", serials, CardText.Escape(form[F.WhoField]));
                await turn.ReplaceSubmittedCardAsync(MailCards.Message(t, t["mail.pickup.title"], message, good: true), ct);
                return;
            case HandoverOutcome.AlreadyClosed:
                await turn.ReplaceSubmittedCardAsync(MailCards.Message(t, t["mail.pickup.title"], text.AlreadyClosed(t, item!), good: false), ct);
                return;
            case HandoverOutcome.NotFound:
                form.AddError(F.SerialField, t.Format("mail.notFound", CardText.Escape(serial)));
                break;
            case HandoverOutcome.UnknownCode:
                form.AddError(F.CodeField, t["mail.unknownCode"]);
                break;
            case HandoverOutcome.CodeRequired:
                form.AddError(F.CodeField, t["mail.codeRequired"]);
                break;
            case HandoverOutcome.WrongCode:
                form.AddError(F.CodeField, t.Format("mail.wrongCode", item!.Serial, result.TriesLeft));
                break;
            case HandoverOutcome.Locked:
                form.AddError(F.CodeField, t.Format("mail.locked", item!.Serial, MailRules.MaxWrongCodes));
                break;
        }
        form[F.CodeField] = "";
        await ShowFormAsync(turn, serial.Length > 0 ? serial : item?.Serial ?? "", form, fromItemCard, ct);
    }

    // Errors go back on the card they came from: the item's card (with its history) or the pickup form.
    private async Task ShowFormAsync(TeamsTurn turn, string serial, FormValues form, bool itemCard, CancellationToken ct)
    {
        var t = turn.Texts;
        if (itemCard && serial.Length > 0 && await queries.FindAsync(turn.Person, serial, ct) is { } item)
        {
            await turn.ReplaceSubmittedCardAsync(MailCards.Item(t, text.View(t, item), text.History(item), item.IsOpen, form,
                (int)text.Rules.DeliveryDeadline.TotalHours), ct);
            return;
        }
        await turn.ReplaceSubmittedCardAsync(F.Pickup(t, form), ct);
    }
}
