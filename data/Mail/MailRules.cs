namespace FrontDesk.Data.Mail;

// The building's mail settings, as the services need them: the local day for serial numbers, how long
// ordinary items wait to be batched into one notice, and the delivery deadline of R4.
public sealed record MailRules(TimeZoneInfo TimeZone, TimeSpan BatchWindow, TimeSpan DeliveryDeadline)
{
    public const int MaxWrongCodes = 5;

    public static MailRules Default { get; } = new(TimeZoneInfo.Utc, TimeSpan.FromMinutes(15), TimeSpan.FromHours(24));

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, TimeZone);

    public bool IsOverdue(MailItem item, DateTimeOffset now) => item.IsOpen && now - item.ReceivedAt >= DeliveryDeadline;
}
