using System.Diagnostics;
using Npgsql;

namespace FrontDesk.Bench.Hosting;

// A throwaway PostgreSQL server for one bench run (Debian's postgresql package: initdb and pg_ctl), its data in a
// temporary folder, on a free loopback port, stopped and removed at the end. Root may not run the server, so as root
// it runs as the postgres user. Durability as installed (fsync on), so a commit costs what it would in production.
public sealed class BenchPostgres : IDisposable
{
    private const string User = "frontdesk";
    private readonly string _bin;
    private readonly string _data;

    private BenchPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        Folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    public static BenchPostgres Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Max()
            : null;
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-bench-pg", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new BenchPostgres(bin ?? throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: apt-get install postgresql."),
            folder, FreePort.Next());
        if (Environment.UserName == "root")
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }
        server.Pg("initdb", "-D", server._data, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C");
        server.Pg("pg_ctl", "-D", server._data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400", "start");
        return server;
    }

    // A new empty database on the server, for one scenario.
    public string CreateDatabase()
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database, MaxPoolSize = 100 }.ToString();

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Pg("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Left under the temp folder; the machine cleans it later.
        }
    }

    private void Pg(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, params string[] args)
    {
        // The postgres user may not enter the bench's own folder: run from the temp folder.
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
