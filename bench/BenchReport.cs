using System.Globalization;

namespace FrontDesk.Bench;

// What the run prints: figures as they come, a MISSED line with its reason for each target not met, and the
// loss and duplicate counts the test of the short mode checks.
public sealed class BenchReport(TextWriter output)
{
    private readonly List<string> _missed = [];

    public int Lost { get; private set; }

    public int Duplicates { get; private set; }

    public IReadOnlyList<string> Missed => _missed;

    public Dictionary<string, double> Figures { get; } = [];

    public void Line(string text)
    {
        output.WriteLine(text);
        output.Flush();
    }

    public void Section(string name) => Line($"\n== {name}");

    public void Figure(string key, double value, string text)
    {
        Figures[key] = value;
        Line("  " + text);
    }

    // A target: met prints "ok", missed prints MISSED with why.
    public void Target(string what, bool met, string reason)
    {
        if (met)
        {
            Line($"  ok      {what}");
            return;
        }
        _missed.Add($"{what}: {reason}");
        Line($"  MISSED  {what} — {reason}");
    }

    public void Count(int lost, int duplicates)
    {
        Lost += lost;
        Duplicates += duplicates;
    }

    public void Summary()
    {
        Line($"\nlost {Lost}, duplicates {Duplicates}, targets missed {_missed.Count}");
        foreach (var missed in _missed)
        {
            Line("  MISSED " + missed);
        }
    }

    public static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    public static string N(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
