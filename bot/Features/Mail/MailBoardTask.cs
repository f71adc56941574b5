using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Mail;

// The desk's board ("pending mail" / "待取邮件"): every waiting item, oldest and overdue first.
public sealed class MailBoardTask(MailQueries queries, MailText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [MailActions.Board];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) =>
        Shortcut.Matches(typed, "pending mail", "mail board", "待取邮件", "待取包裹") || (turn.Person.IsStaff && Shortcut.Matches(typed, "my mail", "我的邮件"));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["mail.help.boardTitle"], texts["mail.help.boardDescription"], texts["mail.help.boardTyped"], MailActions.Board);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        var (items, total) = await queries.PendingAsync(ct);
        await turn.SendCardAsync(MailCards.Board(t, [.. items.Select(i => text.View(t, i))], total), ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "", ct);
}
