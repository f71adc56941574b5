namespace FrontDesk.Cards.Common;

public static class HelpActions
{
    public static readonly CardAction Show = new("help");
}
