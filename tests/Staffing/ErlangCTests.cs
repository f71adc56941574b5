using FrontDesk.Data.Staffing;

namespace FrontDesk.Tests.Staffing;

public class ErlangCTests
{
    // Call Centre Helper's worked example (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm):
    // 100 calls in 30 minutes, 180 s handling time, 80% of calls answered in 20 s, at most 85% occupancy, 30%
    // shrinkage → traffic intensity 10 erlangs, 14 agents, 20 once shrinkage is added. Its figures as reproduced to
    // more places by pyworkforce's README (ErlangC(transactions=100, aht=3, interval=30, asa=20/60, shrinkage=0.3).required_positions(0.8, 0.85)
    // → raw_positions 14, positions 20, service_level 0.8883500191794669, occupancy 0.7142857142857143,
    // waiting_probability 0.1741319335950498) and by the R package ErlangC's README (erlang_c(100, 30 min, 180 s,
    // 20 s, 14): average_speed_of_answer 7.83593701177724 s; with 11 agents wait_probability 0.6821182,
    // service_level 0.3896138).
    [Fact]
    public void Call_Centre_Helpers_worked_example_needs_14_agents_and_20_with_shrinkage()
    {
        var load = ErlangC.Load(100 * 2, 180);
        Assert.Equal(10, load, 12);

        var eleven = ErlangC.For(load, 180, 11, 20);
        Assert.Equal(0.6821182, eleven.WaitProbability, 7);
        Assert.Equal(0.3896138, eleven.ServiceLevel, 7);

        var need = ErlangC.Need(load, 180, new ServiceTarget(0.8, 20, 0.85));
        Assert.Equal(14, need.Agents);
        Assert.Equal(0.8883500191794669, need.ServiceLevel, 12);
        Assert.Equal(0.1741319335950498, need.WaitProbability, 12);
        Assert.Equal(0.7142857142857143, need.Occupancy, 12);
        Assert.Equal(7.83593701177724, need.AverageWaitSeconds, 10);
        Assert.Equal(20, ErlangC.Scheduled(need.Agents, 30));

        // 13 agents fall just short of the target (79.6%): the model does not round up to it.
        Assert.True(ErlangC.For(load, 180, 13, 20).ServiceLevel < 0.8);
    }

    // Mitan's step-by-step Erlang-C page (http://mitan.co.uk/erlang/elgcmath.htm): 360 calls in a half hour, 240 s
    // each, 55 agents, 15 s target → traffic 48 erlangs, occupancy 0.873, Ec = 0.2387 (the chance of waiting), average
    // wait Tw = 8.184 s, and 0.8459 of calls answered within 15 s (as reproduced by a Maxima worksheet of that page's
    // formulas, erlang.mac, which states its values agree with the page's).
    [Fact]
    public void The_Westbay_worked_example_matches_its_published_figures()
    {
        var load = ErlangC.Load(360 * 2, 240);
        var figures = ErlangC.For(load, 240, 55, 15);

        Assert.Equal(48, load, 12);
        Assert.Equal(0.873, figures.Occupancy, 3);
        Assert.Equal(0.2387, figures.WaitProbability, 4);
        Assert.Equal(8.184, figures.AverageWaitSeconds, 3);
        Assert.Equal(0.8459, figures.ServiceLevel, 4);
    }

    // A small case by hand with the textbook formula: A = 2, N = 3:
    // C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)) = (8/6 · 3) / (1 + 2 + 2 + 4) = 4 / 9.
    // With 120 s handling and a 30 s target: SL = 1 − 4/9 · e^(−(3−2)·30/120) = 1 − 0.444… · 0.7788 = 0.6539;
    // average wait = C · 120 / (3 − 2) = 53.3 s.
    [Fact]
    public void A_small_load_matches_the_textbook_formula_worked_by_hand()
    {
        var figures = ErlangC.For(2, 120, 3, 30);

        Assert.Equal(4.0 / 9, figures.WaitProbability, 12);
        Assert.Equal(1 - (4.0 / 9 * Math.Exp(-0.25)), figures.ServiceLevel, 12);
        Assert.Equal(160.0 / 3, figures.AverageWaitSeconds, 10);
        Assert.Equal(2.0 / 3, figures.Occupancy, 12);
    }

    // 20,000 erlangs would overflow A^N / N! at once (2e4^2e4); the Erlang B recursion has no powers or factorials.
    [Fact]
    public void A_very_large_load_is_staffed_without_overflow()
    {
        var target = new ServiceTarget(0.8, 20, 0.85);
        var need = ErlangC.Need(20_000, 180, target);

        Assert.True(double.IsFinite(need.WaitProbability) && need.WaitProbability is > 0 and < 1);
        Assert.True(need.Meets(target));
        Assert.False(ErlangC.For(20_000, 180, need.Agents - 1, 20).Meets(target));
        // Here occupancy binds: 20,000 / 0.85 = 23,529.4, so 23,530 people.
        Assert.Equal(23_530, need.Agents);
    }

    [Fact]
    public void No_arrivals_need_nobody_and_too_few_people_never_serve_the_queue()
    {
        Assert.Equal(0, ErlangC.Need(0, 180, ServiceTarget.Default).Agents);
        var overloaded = ErlangC.For(10, 180, 10, 20);
        Assert.Equal((1.0, 0.0, double.PositiveInfinity), (overloaded.WaitProbability, overloaded.ServiceLevel, overloaded.AverageWaitSeconds));
        // Occupancy alone: 8.5 erlangs at most 85% busy is exactly 10 people.
        Assert.Equal(10, ErlangC.Need(8.5, 10, new ServiceTarget(0.01, 3600, 0.85)).Agents);
        Assert.Equal([0, 2, 19, 20], new[] { 0, 1, 13, 14 }.Select(n => ErlangC.Scheduled(n, 30)));
        Assert.Equal(14, ErlangC.Scheduled(14, 0));
    }
}
