namespace FrontDesk.Bot.Notifications;

// What the pace allows a send: to go at a slot it now holds (now, or a moment from now), or to come back later.
public abstract record PaceDecision
{
    public sealed record Go(DateTimeOffset At) : PaceDecision;

    public sealed record Later(DateTimeOffset NotBefore) : PaceDecision;
}
