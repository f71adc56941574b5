using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Staffing;

namespace FrontDesk.Bot.Features.Staffing;

// `staffing --arrivals-per-hour 200 --handle-seconds 180 [--target 80] [--within 20] [--shrinkage 30] [--max-occupancy 85]`:
// the Erlang C answer to a what-if question, without starting the server or opening the database. Left out, the
// target, the time and the occupancy are the Staffing settings'. Exit code 0, or 2 with the reason on the error
// stream for arguments it cannot use.
public static class StaffingCommand
{
    public const string Name = "staffing";

    public const string Usage = "staffing --arrivals-per-hour N --handle-seconds S [--target P] [--within S] [--shrinkage P] [--max-occupancy P]";

    // Each option's range: its bounds and whether each bound is allowed.
    private static readonly Dictionary<string, (double Min, bool MinAllowed, double Max, bool MaxAllowed)> Ranges = new(StringComparer.Ordinal)
    {
        ["--arrivals-per-hour"] = (0, true, 1_000_000, true),
        ["--handle-seconds"] = (0, false, 86_400, true),
        ["--target"] = (0, false, 100, false),
        ["--within"] = (0, true, 86_400, true),
        ["--shrinkage"] = (0, true, 100, false),
        ["--max-occupancy"] = (0, false, 100, true),
    };

    private static readonly string[] Required = ["--arrivals-per-hour", "--handle-seconds"];

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, StaffingRules defaults)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(defaults);
        var t = Catalog.Default.For(Catalog.English);
        if (Read(args, t, out var values) is { } problem)
        {
            errors.WriteLine(problem);
            errors.WriteLine(t.Format("staffing.cli.usage", Usage));
            return 2;
        }
        var target = new ServiceTarget(
            values.GetValueOrDefault("--target", defaults.Target.Level * 100) / 100,
            values.GetValueOrDefault("--within", defaults.Target.WithinSeconds),
            values.GetValueOrDefault("--max-occupancy", defaults.Target.MaxOccupancy * 100) / 100);
        var arrivals = values["--arrivals-per-hour"];
        var handle = values["--handle-seconds"];
        var need = ErlangC.Need(ErlangC.Load(arrivals, handle), handle, target);
        foreach (var line in Lines(t, arrivals, handle, target, need, values.TryGetValue("--shrinkage", out var s) ? (decimal)s : null))
        {
            output.WriteLine(line);
        }
        return 0;
    }

    private static IEnumerable<string> Lines(Texts t, double arrivals, double handle, ServiceTarget target, ErlangFigures need, decimal? shrinkage)
    {
        yield return t.Format("staffing.cli.load", Number(need.Load, "0.00"), Number(arrivals, "0.##"), Number(handle, "0.##"));
        yield return t.Format("staffing.cli.target", Percent(target.Level), Number(target.WithinSeconds, "0.##"), Percent(target.MaxOccupancy));
        yield return t.Format("staffing.cli.needed", need.Agents);
        yield return t.Format("staffing.cli.serviceLevel", Percent(need.ServiceLevel));
        yield return t.Format("staffing.cli.waiting", Percent(need.WaitProbability));
        yield return t.Format("staffing.cli.speed", Number(need.AverageWaitSeconds, "0.0"));
        yield return t.Format("staffing.cli.occupancy", Percent(need.Occupancy));
        if (shrinkage is { } shrink)
        {
            yield return t.Format("staffing.cli.scheduled", ErlangC.Scheduled(need.Agents, shrink), Number((double)shrink, "0.##"));
        }
    }

    // Every flag once with a number in its range; the first problem found, or null.
    private static string? Read(IReadOnlyList<string> args, Texts t, out Dictionary<string, double> values)
    {
        values = new Dictionary<string, double>(StringComparer.Ordinal);
        var start = args.ToList().IndexOf(Name) + 1;
        for (var i = start; i < args.Count; i += 2)
        {
            var flag = args[i];
            if (!Ranges.ContainsKey(flag))
            {
                return t.Format("staffing.cli.unknown", flag);
            }
            if (i + 1 >= args.Count || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return t.Format("staffing.cli.notNumber", flag, i + 1 < args.Count ? args[i + 1] : "");
            }
            if (!values.TryAdd(flag, value))
            {
                return t.Format("staffing.cli.twice", flag);
            }
            var (min, minAllowed, max, maxAllowed) = Ranges[flag];
            if (value < min || (value == min && !minAllowed) || value > max || (value == max && !maxAllowed))
            {
                return t.Format("staffing.cli.range", flag, Number(value, "0.##"),
                    t.Format(minAllowed ? "staffing.cli.atLeast" : "staffing.cli.moreThan", Number(min, "0.##")),
                    t.Format(maxAllowed ? "staffing.cli.atMost" : "staffing.cli.lessThan", Number(max, "0.##")));
            }
        }
        var found = values;
        return Required.FirstOrDefault(f => !found.ContainsKey(f)) is { } missing ? t.Format("staffing.cli.missing", missing) : null;
    }


    private static string Percent(double share) => Number(share * 100, "0.0") + "%";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
