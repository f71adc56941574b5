namespace FrontDesk.Data.Staffing;

// The simple, greedy answer to "what would one more shift, or one shift moved, change": every start on the hour
// is tried and the one leaving the fewest person-hours short wins; among equals, the one with the fewest of its
// hours where nobody is needed (the desk closed), then the fewest hours left with people to spare, then the
// smallest move, then the earliest. Nothing is suggested when no hour is short or nothing helps.
internal static class ShiftSuggestions
{
    private const double Tolerance = 1e-9;
    private const int LastMinute = (24 * 60) - 1;

    public static ShiftChange? Add(int[] need, double[] rostered, int shiftHours)
    {
        var before = Short(need, rostered);
        var length = Math.Min(shiftHours, 23) * 60;
        return Useful(Candidates(length, null).Select(start => Try(need, rostered, start, length, null, 0)).MinBy(Rank), before);
    }

    public static ShiftChange? Move(int[] need, double[] rostered, IReadOnlyList<RosterShift> shifts)
    {
        var before = Short(need, rostered);
        var tries = new List<Attempt>();
        foreach (var shift in shifts)
        {
            var without = Subtract(rostered, Coverage.Of(Minutes(shift.Start), Minutes(shift.End)));
            var length = Minutes(shift.End) - Minutes(shift.Start);
            var others = shifts.Where(s => s.StaffId == shift.StaffId && s.Id != shift.Id).ToList();
            foreach (var start in Candidates(length, Minutes(shift.Start)))
            {
                if (!others.Any(o => Minutes(o.Start) < start + length && start < Minutes(o.End)))
                {
                    tries.Add(Try(need, without, start, length, shift, Math.Abs(start - Minutes(shift.Start))));
                }
            }
        }
        return Useful(tries.MinBy(Rank), before);
    }

    public static double Short(int[] need, double[] rostered) => Enumerable.Range(0, 24).Sum(h => Math.Max(0, need[h] - rostered[h]));

    // Starts on the hour that keep the shift within the day, except the one it has.
    private static IEnumerable<int> Candidates(int length, int? except) =>
        Enumerable.Range(0, 24).Select(h => h * 60).Where(start => start + length <= LastMinute && start != except);

    private static Attempt Try(int[] need, double[] rostered, int start, int length, RosterShift? moved, int distance)
    {
        var shift = Coverage.Of(start, start + length);
        var after = Add(rostered, shift);
        var spare = Enumerable.Range(0, 24).Count(h => after[h] > need[h] + Tolerance);
        var idle = Enumerable.Range(0, 24).Count(h => shift[h] > 0 && need[h] == 0);
        return new Attempt(new ShiftChange(moved, Time(start), Time(start + length), 0, Short(need, after), spare), idle, distance);
    }

    private static (double, int, int, int, int) Rank(Attempt a) =>
        (Math.Round(a.Change.ShortAfter, 6), a.Idle, a.Change.SpareHoursAfter, a.Distance, a.Change.Start.Hour);

    private static ShiftChange? Useful(Attempt? best, double before) =>
        before > Tolerance && best?.Change is { } c && c.ShortAfter < before - Tolerance ? c with { ShortBefore = before } : null;

    // One place tried for a shift: what it changes, its hours where nobody is needed, how far it moved (minutes).
    private sealed record Attempt(ShiftChange Change, int Idle, int Distance);

    private static double[] Add(double[] a, double[] b) => [.. a.Zip(b, (x, y) => x + y)];

    private static double[] Subtract(double[] a, double[] b) => [.. a.Zip(b, (x, y) => x - y)];

    private static int Minutes(TimeOnly t) => (t.Hour * 60) + t.Minute;

    private static TimeOnly Time(int minutes) => new(minutes / 60, minutes % 60);
}

// How much of each hour of the day [start, end) covers, in hours: 08:30–10:00 is 0.5 of 8 and 1 of 9.
internal static class Coverage
{
    public static double[] Of(int startMinute, int endMinute)
    {
        var hours = new double[24];
        for (var h = 0; h < 24; h++)
        {
            var overlap = Math.Min(endMinute, (h + 1) * 60) - Math.Max(startMinute, h * 60);
            hours[h] = overlap > 0 ? overlap / 60.0 : 0;
        }
        return hours;
    }

    public static double[] Of(IEnumerable<RosterShift> shifts)
    {
        var total = new double[24];
        foreach (var s in shifts)
        {
            var one = Of((s.Start.Hour * 60) + s.Start.Minute, (s.End.Hour * 60) + s.End.Minute);
            for (var h = 0; h < 24; h++)
            {
                total[h] += one[h];
            }
        }
        return total;
    }
}
