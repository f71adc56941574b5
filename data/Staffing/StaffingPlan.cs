using FrontDesk.Data.Traffic;

namespace FrontDesk.Data.Staffing;

// The staffing table (R7) for a day or a week: per building-local hour, the arrivals measured over the last
// HistoryWeeks weeks (each kind's count at that weekday and hour, averaged over the days of that weekday the desk
// recorded anything), the Erlang C need for the service target with the mixed handling time, shrinkage, and the
// plan's minimum in its peak hours; set against the people rostered, with the one-shift suggestions.
public sealed class StaffingPlan(DeskTraffic traffic, Roster roster, StaffingRules rules, PeakRules peaks)
{
    public StaffingRules Rules => rules;

    public PeakRules Peaks => peaks;

    public async Task<StaffingDay> ForDayAsync(DateOnly day, CancellationToken ct = default)
    {
        var (from, to) = History(day);
        var history = await traffic.CountAsync(from, to, ct);
        return Build(day, history, await roster.ShiftsAsync(day, day, ct));
    }

    // The Monday-to-Sunday week holding the day; one traffic count serves all seven days.
    public async Task<StaffingWeek> ForWeekAsync(DateOnly day, CancellationToken ct = default)
    {
        var monday = WeekStart(day);
        var (from, to) = History(monday);
        var history = await traffic.CountAsync(from, to, ct);
        var shifts = await roster.ShiftsAsync(monday, monday.AddDays(6), ct);
        return new StaffingWeek(monday, [.. Enumerable.Range(0, 7).Select(monday.AddDays).Select(d => Build(d, history, [.. shifts.Where(s => s.Date == d)]))]);
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    // The HistoryWeeks weeks just before the day (for a week: before its Monday), so each weekday appears that often.
    public (DateOnly From, DateOnly To) History(DateOnly day) => (day.AddDays(-7 * rules.HistoryWeeks), day.AddDays(-1));

    private StaffingDay Build(DateOnly date, TrafficReport history, IReadOnlyList<RosterShift> shifts)
    {
        var days = history.ActiveDays(date.DayOfWeek);
        var rostered = Coverage.Of(shifts);
        // A weekday without any traffic in the history and nobody rostered is a closed day: the plan's minimum
        // is for the desk's open days.
        var open = days > 0 || shifts.Count > 0;
        var hours = Enumerable.Range(0, 24).Select(h => Hour(h, ArrivalRates.Of(history.At(date.DayOfWeek, h), days), rostered[h], open)).ToList();
        var need = hours.Select(h => h.Need).ToArray();
        return new StaffingDay(date, history.From, history.To, days, hours, shifts,
            ShiftSuggestions.Add(need, rostered, rules.ShiftHours), ShiftSuggestions.Move(need, rostered, shifts));
    }

    private StaffingHour Hour(int hour, ArrivalRates arrivals, double rostered, bool open)
    {
        var handle = arrivals.HandleSeconds(rules.Handling);
        var model = arrivals.Total == 0 ? ErlangC.Need(0, 1, rules.Target) : ErlangC.Need(arrivals.Load(rules.Handling), handle, rules.Target);
        var scheduled = ErlangC.Scheduled(model.Agents, rules.ShrinkagePercent);
        var peak = peaks.IsPlanPeak(hour);
        var rule = open && peak && scheduled < rules.MinimumAtPeak;
        return new StaffingHour(hour, arrivals, handle, model, scheduled, rule ? rules.MinimumAtPeak : scheduled, peak, rule, rostered);
    }
}
