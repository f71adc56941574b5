namespace FrontDesk.Data.Staffing;

// What a service level target asks: Level of the arrivals answered within WithinSeconds (0.8 and 20 s: "80% in
// 20 s"), with nobody busier than MaxOccupancy of their time.
public sealed record ServiceTarget(double Level, double WithinSeconds, double MaxOccupancy)
{
    public static ServiceTarget Default { get; } = new(0.8, 20, 0.85);
}

// The Erlang C model's figures for a number of people: the chance an arrival waits at all, the share answered
// within the target time, the average wait (average speed of answer) and the share of time people are busy.
// With no more people than the load the queue never empties: everyone waits, for ever on average.
public readonly record struct ErlangFigures(int Agents, double Load, double WaitProbability, double ServiceLevel, double AverageWaitSeconds, double Occupancy)
{
    public bool Meets(ServiceTarget target) =>
        Agents > Load && ServiceLevel >= target.Level - Tolerance && Occupancy <= target.MaxOccupancy + Tolerance;

    // Rounding in the last binary place must not turn 85% into "more than 85%".
    private const double Tolerance = 1e-12;
}

// Erlang C, written from the model: arrivals at random (Poisson) to one queue served by N people, no one giving
// up. The chance of waiting is computed from the Erlang B recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)),
// then C = N·B / (N − A·(1 − B)): no powers or factorials, so a load of thousands of erlangs does not overflow.
public static class ErlangC
{
    // The work arriving, in erlangs: people it keeps busy on average.
    public static double Load(double arrivalsPerHour, double handleSeconds) => arrivalsPerHour * handleSeconds / 3600;

    public static ErlangFigures For(double load, double handleSeconds, int agents, double withinSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        var blocking = 1.0;
        for (var k = 1; k <= agents; k++)
        {
            blocking = Next(blocking, load, k);
        }
        return Figures(load, handleSeconds, agents, withinSeconds, blocking);
    }

    // The fewest people meeting the target (0 when nothing arrives), growing N one at a time on the same recursion.
    public static ErlangFigures Need(double load, double handleSeconds, ServiceTarget target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        ArgumentNullException.ThrowIfNull(target);
        // A level of 100% is never reached and no occupancy at all is never kept: the search would not end.
        if (target.Level is <= 0 or >= 1 || target.MaxOccupancy is <= 0 or > 1 || target.WithinSeconds < 0 || handleSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), "The level is above 0 and below 100%, the occupancy above 0, the times positive.");
        }
        if (load == 0)
        {
            return new ErlangFigures(0, 0, 0, 1, 0, 0);
        }
        var blocking = 1.0;
        for (var agents = 1; ; agents++)
        {
            blocking = Next(blocking, load, agents);
            var figures = Figures(load, handleSeconds, agents, target.WithinSeconds, blocking);
            if (figures.Meets(target))
            {
                return figures;
            }
        }
    }

    // Shrinkage (breaks, training, absence) is the share of rostered time not at the desk: N at the desk needs
    // N / (1 − shrinkage) on the roster, rounded up. Decimal, so 14 / 0.7 is 20 and not 20.000000000000004.
    public static int Scheduled(int atDesk, decimal shrinkagePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(atDesk);
        ArgumentOutOfRangeException.ThrowIfNegative(shrinkagePercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shrinkagePercent, 100m);
        return (int)Math.Ceiling(atDesk / (1 - (shrinkagePercent / 100m)));
    }

    private static double Next(double blocking, double load, int k) => load * blocking / (k + (load * blocking));

    private static ErlangFigures Figures(double load, double handleSeconds, int agents, double withinSeconds, double blocking)
    {
        if (load == 0)
        {
            return new ErlangFigures(agents, 0, 0, 1, 0, 0);
        }
        if (agents <= load)
        {
            return new ErlangFigures(agents, load, 1, 0, double.PositiveInfinity, agents == 0 ? 1 : Math.Min(1, load / agents));
        }
        var wait = agents * blocking / (agents - (load * (1 - blocking)));
        var serviceLevel = 1 - (wait * Math.Exp(-(agents - load) * withinSeconds / handleSeconds));
        return new ErlangFigures(agents, load, wait, serviceLevel, wait * handleSeconds / (agents - load), load / agents);
    }
}
