namespace FrontDesk.Bench;

// What the command line asked for. Short mode keeps every scenario small enough for the test suite.
// Postgres: null for SQLite, "" for a throwaway cluster, else a connection string; Instances: bot hosts (turns, fanout).
public sealed record BenchOptions(IReadOnlyList<string> Scenarios, bool Short, int Users, int? Seconds = null, string? Postgres = null, int Instances = 1)
{
    public static readonly IReadOnlyList<string> All = ["turns", "reports", "lobby", "fanout"];

    public const string Usage = "usage: bench <turns|lobby|fanout|reports|all> [more scenarios] [--short] [--users N] [--seconds N (measured per turns row)] [--postgres[=connection string]] [--instances N (turns, fanout; PostgreSQL)]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        var isShort = false;
        int? users = null;
        int? seconds = null;
        string? postgres = null;
        var instances = 1;
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
                case "--postgres":
                    postgres = "";
                    break;
                case var given when given.StartsWith("--postgres=", StringComparison.Ordinal):
                    postgres = given["--postgres=".Length..];
                    break;
                case "--instances" when i + 1 < args.Count && int.TryParse(args[i + 1], out var h) && h > 0:
                    instances = h;
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
        // Several hosts share a database only on PostgreSQL (a SQLite file has one host).
        return scenarios.Count == 0 || (instances > 1 && postgres is null) ? null
            : new([.. scenarios.Distinct()], isShort, users ?? (isShort ? 30 : 200), seconds, postgres, instances);
    }
}
