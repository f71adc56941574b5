using FrontDesk.Data;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Traffic;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Staffing;

// The staffing table of Tuesday 1 Dec 2026 from StaffingSeed, with the default settings: 80% within 20 s, at most
// 85% busy, 30% shrinkage, at least 2 in the plan's peaks 9:00–11:00 and 14:00–16:00, a visitor 120 s, a call
// 180 s, a mail item 60 s. Erlang C through the Erlang B recursion B(0) = 1, B(k) = A·B/(k + A·B),
// C = N·B/(N − A(1 − B)), SL = 1 − C·e^(−(N − A)·20/AHT):
//
// 9:00  10 visitors + 20 calls an hour: A = (10·120 + 20·180)/3600 = 4/3 erlangs, AHT = 4800/30 = 160 s.
//       N = 2: B1 = 4/7, B2 = 8/29, C = 16/30 = 0.533, SL = 1 − 0.533·e^(−(2/3)/8) = 0.509 < 0.8.
//       N = 3: B3 = 32/293, C = 96/531 = 0.181, SL = 1 − 0.181·e^(−(5/3)/8) = 1 − 0.181·0.812 = 0.853 ≥ 0.8,
//       occupancy 4/9 → 3 at the desk; on the roster ⌈3/0.7⌉ = ⌈4.29⌉ = 5.
// 10:00 4 visitors + 6 calls: A = (480 + 1080)/3600 = 0.433, AHT 156 s. N = 1: C = A = 0.433,
//       SL = 1 − 0.433·e^(−0.567·20/156) = 0.597 < 0.8; N = 2: C = 0.077, SL = 0.937 → 2; roster ⌈2.86⌉ = 3.
// 11:00 nothing arrives → 0 (9:00–11:00 is the hours 9 and 10: 11:00 is no peak).
// 12:00 2 calls: A = 0.1, AHT 180 s. N = 1: C = 0.1, SL = 1 − 0.1·e^(−0.9·20/180) = 0.910 → 1; roster ⌈1.43⌉ = 2.
// 14:00 6 mail items: A = 0.1, AHT 60 s. N = 1: SL = 1 − 0.1·e^(−0.9·20/60) = 0.926 → 1; roster 2 (the model's:
//       2 already meets the rule).
// 15:00 nothing arrives; a plan peak → the rule's 2.
//
// Rostered (Li Na 08–16, Zhou Min 09–13, Wang Fang 14:30–18): 8:00 1, 9:00–12:00 2, 13:00 1, 14:00 1.5, 15:00 2,
// 16:00 1, 17:00 1. Short: 9:00 3, 10:00 1, 14:00 0.5 = 4.5 person-hours (09:00–11:00, 14:00–15:00); to spare:
// 8:00 1, 11:00 2, 13:00 1, 16:00 1, 17:00 1 = 6. Needed 5 + 3 + 2 + 2 + 2 = 14 person-hours, rostered 15.5.
//
// Adding an 8-hour shift: a start from 7:00 to 9:00 covers one person of 9:00, 10:00 and half of 14:00 (2.5) →
// 2 short. 7:00 has four hours where nobody is needed (7, 8, 11, 13), 8:00 and 9:00 three; both leave eight hours
// with people to spare; the earlier wins → 08:00–16:00, 2 short instead of 4.5.
// Moving one shift: Li Na's and Zhou Min's best places are where they are (4.5). Wang Fang's 3½ hours without her
// leave 6 short (9:00 3, 10:00 1, 14:00 1, 15:00 1); from 8:00, 9:00, 13:00 or 14:00 she takes 2 of it (4 short);
// 09:00–12:30 has one hour where nobody is needed (11:00), the others two → moving her there leaves 4 short.
public sealed class StaffingPlanTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private StaffingPlan Plan()
    {
        var time = new BuildingTime(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), _db.Clock);
        return new StaffingPlan(new DeskTraffic(_db, time), new Roster(_db, time), StaffingRules.Default, PeakRules.Default);
    }

    [Fact]
    public async Task The_days_table_holds_the_measured_need_the_rules_hours_the_roster_and_the_suggestions_worked_by_hand()
    {
        await StaffingSeed.WriteAsync(_db);

        var day = await Plan().ForDayAsync(StaffingSeed.Day);

        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30), 2), (day.HistoryFrom, day.HistoryTo, day.HistoryDays));
        var nine = day.Hours[9];
        Assert.Equal(new ArrivalRates(10, 20, 0), nine.Arrivals);
        Assert.Equal(160, nine.HandleSeconds, 9);
        Assert.Equal(4.0 / 3, nine.Model.Load, 12);
        Assert.Equal(96.0 / 531, nine.Model.WaitProbability, 12);
        Assert.Equal(0.8532, nine.Model.ServiceLevel, 4);
        Assert.Equal(0.509, ErlangC.For(4.0 / 3, 160, 2, 20).ServiceLevel, 3);
        Assert.Equal(0.597, ErlangC.For(1560.0 / 3600, 156, 1, 20).ServiceLevel, 3);

        Assert.Equal(
            [(8, 0, 0, 0, false, 1.0), (9, 3, 5, 5, false, 2), (10, 2, 3, 3, false, 2), (11, 0, 0, 0, false, 2), (12, 1, 2, 2, false, 2),
             (13, 0, 0, 0, false, 1), (14, 1, 2, 2, false, 1.5), (15, 0, 0, 2, true, 2), (16, 0, 0, 0, false, 1), (17, 0, 0, 0, false, 1)],
            day.Hours.Where(h => h.Shown).Select(h => (h.Hour, h.Model.Agents, h.Scheduled, h.Need, h.RuleDecided, h.Rostered)));
        Assert.Equal([15], day.RuleHours);
        Assert.True(day.Hours[14].PlanPeak && !day.Hours[14].RuleDecided);
        Assert.Equal((14, 15.5, 4.5, 6), (day.NeedHours, day.RosteredHours, day.ShortHours, day.SpareHours));
        Assert.Equal([new HourRange(9, 11), new HourRange(14, 15)], day.UnderStaffed);
        Assert.Equal([new HourRange(8, 9), new HourRange(11, 12), new HourRange(13, 14), new HourRange(16, 18)], day.OverStaffed);

        Assert.Equal(new ShiftChange(null, new TimeOnly(8, 0), new TimeOnly(16, 0), 4.5, 2, 8), day.AddOne);
        var move = day.MoveOne!;
        Assert.Equal(("Wang Fang", new TimeOnly(9, 0), new TimeOnly(12, 30), 4.5, 4.0), (move.Moved!.StaffName, move.Start, move.End, move.ShortBefore, move.ShortAfter));
    }

    // The week of 30 Nov: one traffic count for its history (2–29 Nov). Its Tuesday is the day above; its Monday
    // had no records in those weeks and nobody is rostered, so it needs nobody, not even the rule's 2.
    [Fact]
    public async Task The_week_holds_each_day_and_a_closed_day_needs_nobody()
    {
        await StaffingSeed.WriteAsync(_db);

        var week = await Plan().ForWeekAsync(new DateOnly(2026, 12, 3));

        Assert.Equal(new DateOnly(2026, 11, 30), week.Monday);
        Assert.Equal(7, week.Days.Count);
        var tuesday = week.Days[1];
        Assert.Equal((14, 15.5, 4.5), (tuesday.NeedHours, tuesday.RosteredHours, tuesday.ShortHours));
        Assert.Equal((0, 0), (week.Days[0].HistoryDays, week.Days[0].NeedHours));
        Assert.Empty(week.Days[0].RuleHours);
        // Wednesday's 9:00 had 30 visitors on 4 Nov (its one day with records): 30 an hour, A = 1 erlang.
        Assert.Equal(30, week.Days[2].Hours[9].Arrivals.Visitors);
        Assert.Equal((14, 15.5), (week.NeedHours - week.Days[2].NeedHours, week.RosteredHours));
    }
}
