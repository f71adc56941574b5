namespace FrontDesk.Bench;

// What the command line asked for. Short mode keeps every scenario small enough for the test suite.
public sealed record BenchOptions(IReadOnlyList<string> Scenarios, bool Short, int Users, int? Seconds = null)
{
    public static readonly IReadOnlyList<string> All = ["turns", "reports", "lobby", "fanout"];

    public const string Usage = "usage: bench <turns|lobby|fanout|reports|all> [more scenarios] [--short] [--users N] [--seconds N (measured per turns row)]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        var isShort = false;
        int? users = null;
        int? seconds = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--short":
                    isShort = true;
                    break;
                case "--users" when i + 1 < args.Count && int.TryParse(args[i + 1], out var n) && n > 0:
                    users = n;
                    i++;
                    break;
                case "--seconds" when i + 1 < args.Count && int.TryParse(args[i + 1], out var s) && s > 0:
                    seconds = s;
                    i++;
                    break;
                case "all":
                    scenarios.AddRange(All);
                    break;
                case var name when All.Contains(name):
                    scenarios.Add(name);
                    break;
                default:
                    return null;
            }
        }
        return scenarios.Count == 0 ? null : new([.. scenarios.Distinct()], isShort, users ?? (isShort ? 30 : 200), seconds);
    }
}
