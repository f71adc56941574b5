using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Privacy;

// Every button of the managers' privacy cards: forgetting a visitor, and reading the audit log.
public static class PrivacyActions
{
    public static readonly CardAction Find = new("privacy.forget.find");
    public static readonly CardAction Pick = new("privacy.forget.pick");
    public static readonly CardAction Erase = new("privacy.forget.erase");
    public static readonly CardAction Cancel = new("privacy.forget.cancel");
    public static readonly CardAction ShowAudit = new("privacy.audit.show");
}
