namespace FrontDesk.Cards.Mail;

// A mail item as the cards show it; times already in the building's zone, Kind and Status as their names.
public sealed record MailItemView(
    string Serial,
    string Recipient,
    string Company,
    string Kind,
    int Count,
    string? Carrier,
    string? Tracking,
    bool Urgent,
    string? Shelf,
    string Status,
    string ReceivedAt,
    string Age,
    bool Overdue,
    bool Locked,
    bool Notified,
    string? Notes);

// Actor null: the desk's own rounds (notices, escalations). Late: closed after the delivery deadline.
public sealed record MailHistoryView(string At, string Event, string? Actor, string? Details, bool Late = false);

public sealed record MailChoice(string Value, string Title);
