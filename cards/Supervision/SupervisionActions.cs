using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Supervision;

// Every button of the rules-review cards.
public static class SupervisionActions
{
    public static readonly CardAction Kept = new("supervision.kept");
    public static readonly CardAction Change = new("supervision.change");
    public static readonly CardAction SaveChange = new("supervision.change.save");
    public static readonly CardAction History = new("supervision.history");
    public static readonly CardAction ReviewNow = new("supervision.now");
}
