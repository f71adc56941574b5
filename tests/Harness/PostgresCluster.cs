using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FrontDesk.Tests.Harness;

// A throwaway PostgreSQL cluster for one test run: initdb and pg_ctl from Debian's postgresql package, data and
// unix socket in a temp folder, listening on a free loopback port; stopped when the test process exits. Root may
// not run the server, so as root it runs as the postgres user. Durability is off: the cluster dies with the run.
public sealed class PostgresCluster
{
    private const string Root = "frontdesk-pg";
    private const string User = "frontdesk";

    private static readonly Lazy<PostgresCluster> Instance = new(Start);

    private readonly string _bin;
    private readonly string _data;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        Folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public static PostgresCluster Shared => Instance.Value;

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Database = database,
        // A test app's pool is cleared when its database is dropped; idle ones still go soon.
        ConnectionIdleLifetime = 15,
        Timeout = 30,
    }.ToString();

    private static PostgresCluster Start()
    {
        var bin = FindBin();
        var temp = Path.Combine(Path.GetTempPath(), Root);
        System.IO.Directory.CreateDirectory(temp);
        StopLeftovers(bin, temp);
        var folder = Path.Combine(temp, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = new PostgresCluster(bin, folder, FreePort());
        cluster.Run();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    private void Run()
    {
        if (AsRoot)
        {
            Exec("chown", "-R", "postgres:postgres", Folder);
        }
        Pg("initdb", "-D", _data, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var options = $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB";
        Pg("pg_ctl", "-D", _data, "-l", Path.Combine(Folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
    }

    public void Stop()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Pg("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The folder is under the temp folder; the next run stops and removes what is left.
        }
    }

    // A run that was killed leaves its server behind: stop each one whose test process is gone, by its data folder.
    private static void StopLeftovers(string bin, string temp)
    {
        foreach (var folder in System.IO.Directory.GetDirectories(temp).Where(f => !OwnerAlive(f)))
        {
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                new PostgresCluster(bin, folder, 0).Stop();
            }
            else
            {
                try
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Another run's folder being set up: leave it.
                }
            }
        }
    }

    private static bool OwnerAlive(string folder)
    {
        var owner = Path.Combine(folder, "owner");
        if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid))
        {
            // Being set up right now, or not ours.
            return !File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && System.IO.Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10);
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // The newest server Debian's postgresql package installed: /usr/lib/postgresql/<version>/bin.
    private static string FindBin()
    {
        const string lib = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(lib)
            ? System.IO.Directory.GetDirectories(lib)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version).Select(d => d.Dir).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "No PostgreSQL server under /usr/lib/postgresql: run the README's test command, which installs Debian's postgresql.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool AsRoot => Environment.UserName == "root";

    private void Pg(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (AsRoot)
        {
            Exec("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Exec(path, args);
        }
    }

    private static void Exec(string file, params string[] args)
    {
        // The postgres user may not enter the test's own folder: run from the temp folder.
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
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
