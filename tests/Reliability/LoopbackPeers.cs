using System.Globalization;

namespace FrontDesk.Tests.Reliability;

// Which of the test's host processes holds the other end of a loopback connection to a fake server, read from Linux's
// /proc (the connection's socket in /proc/net/tcp*, then the process whose open files include that socket). Asked
// while the request is open, so the client's socket is certainly still there, even for a host killed later.
public static class LoopbackPeers
{
    public static int? ProcessOf(int clientPort, int serverPort, IEnumerable<int?> processIds)
    {
        if (ClientSocket(clientPort, serverPort) is not { } inode)
        {
            return null;
        }
        var socket = $"socket:[{inode}]";
        foreach (var id in processIds.OfType<int>())
        {
            try
            {
                foreach (var fd in System.IO.Directory.EnumerateFiles($"/proc/{id}/fd"))
                {
                    if (new FileInfo(fd).LinkTarget == socket)
                    {
                        return id;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile, or a descriptor closed while it was read.
            }
        }
        return null;
    }

    // The inode of the socket whose local port is the client's and whose remote port is the server's.
    private static string? ClientSocket(int clientPort, int serverPort)
    {
        var local = ":" + clientPort.ToString("X4", CultureInfo.InvariantCulture);
        var remote = ":" + serverPort.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[1].EndsWith(local, StringComparison.Ordinal) && columns[2].EndsWith(remote, StringComparison.Ordinal))
                {
                    return columns[9];
                }
            }
        }
        return null;
    }
}
