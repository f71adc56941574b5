using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Mail;

// Every button of the mail cards.
public static class MailActions
{
    public static readonly CardAction OpenLog = new("mail.log.open");
    public static readonly CardAction Log = new("mail.log");
    public static readonly CardAction OpenPickup = new("mail.pickup.open");
    public static readonly CardAction PickUp = new("mail.pickup");
    public static readonly CardAction Deliver = new("mail.deliver");
    public static readonly CardAction Return = new("mail.return");
    public static readonly CardAction Unlock = new("mail.unlock");
    public static readonly CardAction Mine = new("mail.mine");
    public static readonly CardAction NewCode = new("mail.newcode");
    public static readonly CardAction Show = new("mail.show");
    public static readonly CardAction Board = new("mail.board");
}
