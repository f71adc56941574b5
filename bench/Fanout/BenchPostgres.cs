using System.Diagnostics;
using FrontDesk.Bench.Hosting;
using Npgsql;

namespace FrontDesk.Bench.Fanout;

// A throwaway PostgreSQL cluster for one bench run (initdb + pg_ctl from Debian's postgresql package, in a temp folder,
// on a free loopback port), or the operator's own server when a connection string is given. As root the server runs
// as the postgres user (PostgreSQL refuses root). Durability is off: the cluster dies with the run.
public sealed class BenchPostgres : IDisposable
{
    private readonly string? _bin;
    private readonly string? _folder;

    private BenchPostgres(string connectionString, string? bin, string? folder)
    {
        ConnectionString = connectionString;
        _bin = bin;
        _folder = folder;
    }

    public string ConnectionString { get; }

    public static BenchPostgres Start(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return new BenchPostgres(given, null, null);
        }
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: apt-get install postgresql, or pass --postgres=<connection string>.");
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-bench", "pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var cluster = new BenchPostgres(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "frontdesk",
            Database = "frontdesk",
            MaxPoolSize = 100,
        }.ToString(), bin, folder);
        if (Environment.UserName == "root")
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }
        var data = Path.Combine(folder, "data");
        cluster.Pg("initdb", "-D", data, "-U", "frontdesk", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        cluster.Pg("pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start");
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres", Pooling = false }.ToString());
        admin.Open();
        using var create = new NpgsqlCommand("CREATE DATABASE frontdesk", admin);
        create.ExecuteNonQuery();
        return cluster;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            return;
        }
        try
        {
            Pg("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not stop the bench's PostgreSQL in {_folder}: {e.Message}");
        }
    }

    private void Pg(string tool, params string[] args)
    {
        var path = Path.Combine(_bin!, tool);
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
        // The postgres user may not enter the caller's folder: run from the temp folder.
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
