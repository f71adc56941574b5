using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Data;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Features.Calls;

// Turns phone messages into cards for their recipients and lines for the desk, each in the reader's
// language, queued in the outbox in the same unit of work as the message itself.
public sealed class CallNotifier(NoticeComposer composer, StaffBroadcast desk, Outbox outbox, CallText text) : ICallNoticeSink
{
    public const string Kind = "calls.message";
    public const string DeskKind = "calls.desk";

    public Task TakenAsync(FrontDeskDb db, PhoneMessage message, IReadOnlyList<CallRecipient> recipients, CancellationToken ct) =>
        NotifyAsync(db, message, recipients, "notice", reminder: false, ct);

    public Task UnreachableAsync(FrontDeskDb db, PhoneMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return desk.AddAsync(db, $"calls.unreachable:{message.Reference}", DeskKind, Related(message), t => Notice.Of(t.Format("calls.desk.unreachable",
            message.Reference, For(message), CardText.NameAndCompany(message.CallerName, message.CallerCompany), CardText.Escape(message.Message))), ct);
    }

    public async Task OverdueAsync(FrontDeskDb db, PhoneMessage message, IReadOnlyList<CallRecipient> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recipients);
        await NotifyAsync(db, message, recipients, "reminder", reminder: true, ct);
        await desk.AddAsync(db, $"calls.overdue:{message.Reference}", DeskKind, Related(message), t => Notice.Of(t.Format(
            recipients.Count > 0 ? "calls.desk.overdue" : "calls.desk.overdueNobody",
            message.Reference, For(message), CardText.NameAndCompany(message.CallerName, message.CallerCompany), text.CallBackMinutes)), ct);
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => outbox.Wake();

    private Task NotifyAsync(FrontDeskDb db, PhoneMessage message, IReadOnlyList<CallRecipient> recipients, string step, bool reminder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recipients);
        var view = text.View(message);
        return composer.AddAsync(db,
            [.. recipients.Select(r => NoticeRecipient.TeamsUser(r.AadObjectId, $"calls.{step}:{message.Reference}:{r.MemberId}"))],
            Kind, Related(message), t => Notice.Of(CallCards.Notice(t, view, reminder, text.CallBackMinutes)), ct);
    }

    private static string For(PhoneMessage m) => CardText.NameAndCompany(m.RecipientName, m.CompanyName);

    public static string Related(PhoneMessage message) => "call:" + message.Reference;
}
