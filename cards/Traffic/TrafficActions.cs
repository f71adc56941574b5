using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Traffic;

// Every button of the traffic card.
public static class TrafficActions
{
    public static readonly CardAction Show = new("traffic.show");
}
