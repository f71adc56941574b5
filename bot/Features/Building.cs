namespace FrontDesk.Bot.Features;

// The building every feature and channel speaks of, made once at start from BuildingOptions: the name on
// cards and on the kiosk, the one time zone object of every time shown, and where its web pages are reached.
public sealed record Building(string Name, TimeZoneInfo Zone, Uri PublicUrl);
