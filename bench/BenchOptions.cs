namespace FrontDesk.Bench;

// What the command line asked for. Short mode keeps every scenario small enough for the test suite. Postgres: the
// turns scenario's bot on PostgreSQL (a throwaway local server, or the connection string given), on Instances hosts.
public sealed record BenchOptions(IReadOnlyList<string> Scenarios, bool Short, int Users, int? Seconds = null,
    bool Postgres = false, string? ConnectionString = null, int Instances = 1)
{
    public static readonly IReadOnlyList<string> All = ["turns", "reports", "lobby", "fanout"];

    public const string Usage = "usage: bench <turns|lobby|fanout|reports|all> [more scenarios] [--short] [--users N] [--seconds N (measured per turns row)]"
        + " [--postgres [--connection-string CS] [--instances N] (turns on PostgreSQL: a throwaway local server unless CS is given)]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        var isShort = false;
        int? users = null;
        int? seconds = null;
        var postgres = false;
        string? connectionString = null;
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
                    postgres = true;
                    break;
                case "--connection-string" when i + 1 < args.Count:
                    postgres = true;
                    connectionString = args[++i];
                    break;
                case "--instances" when i + 1 < args.Count && int.TryParse(args[i + 1], out var k) && k > 0:
                    instances = k;
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
        // One SQLite file takes one host.
        if (scenarios.Count == 0 || (instances > 1 && !postgres))
        {
            return null;
        }
        return new([.. scenarios.Distinct()], isShort, users ?? (isShort ? 30 : 200), seconds, postgres, connectionString, instances);
    }
}
