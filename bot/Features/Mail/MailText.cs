using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Mail;

namespace FrontDesk.Bot.Features.Mail;

// Turns stored items into what the cards show: local times, ages, and the closing sentences.
public sealed class MailText(MailRules rules, TimeProvider clock)
{
    public MailRules Rules => rules;

    public string Time(DateTimeOffset utc) => rules.Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public MailItemView View(Texts t, MailItem item)
    {
        var now = clock.GetUtcNow();
        return new(item.Serial, item.RecipientName, item.CompanyName, item.Kind.ToString(), item.Count, item.Carrier, item.TrackingNumber,
            item.Urgent, item.Shelf, item.Status.ToString(), Time(item.ReceivedAt), Age(t, now - item.ReceivedAt), rules.IsOverdue(item, now),
            item.LockedAt is not null, item.PickupCodeHash is not null, item.Notes);
    }

    public IReadOnlyList<MailHistoryView> History(MailItem item) =>
        [.. item.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h =>
        {
            // The late mark is stored in English; the card says it in the reader's language.
            var late = h.Details?.EndsWith(MailEvent.LateMark, StringComparison.Ordinal) == true;
            return new MailHistoryView(Time(h.At), h.Type.ToString(), h.Actor == MailEvent.System ? null : h.ActorName,
                late ? h.Details![..^MailEvent.LateMark.Length] : h.Details, late);
        })];

    // "M-… was already picked up on … by … (confirmed by …)."
    public string AlreadyClosed(Texts t, MailItem item) =>
        t.Format($"mail.closed.{item.Status}", item.Serial, item.ClosedAt is { } at ? Time(at) : "-",
            CardText.Escape(item.HandedTo), CardText.Escape(item.ClosedByName));

    public static string Age(Texts t, TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }
        return age.TotalHours < 1 ? t.Format("mail.age.minutes", (int)age.TotalMinutes)
            : age.TotalDays < 1 ? t.Format("mail.age.hours", (int)age.TotalHours, age.Minutes)
            : t.Format("mail.age.days", (int)age.TotalDays, age.Hours);
    }
}
