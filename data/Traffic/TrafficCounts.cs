namespace FrontDesk.Data.Traffic;

// The desk's interactions of one hour, one day or a whole period, each kind counted once per record: a visitor
// party arriving, a call, a mail item logged, a mail item handed over (picked up, delivered or returned).
public readonly record struct TrafficCounts(int Visitors, int Calls, int MailLogged, int MailHandedOver)
{
    public int Mail => MailLogged + MailHandedOver;

    public int Interactions => Visitors + Calls + MailLogged + MailHandedOver;

    public static TrafficCounts operator +(TrafficCounts a, TrafficCounts b) =>
        new(a.Visitors + b.Visitors, a.Calls + b.Calls, a.MailLogged + b.MailLogged, a.MailHandedOver + b.MailHandedOver);

    public TrafficCounts Add(TrafficCounts other) => this + other;
}

// One building-local day's counts, and where its calls were counted from.
public sealed record TrafficDay(DateOnly Date, TrafficCounts Counts, bool CallsFromRecords);
