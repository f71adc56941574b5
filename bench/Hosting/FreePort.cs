using System.Net;
using System.Net.Sockets;

namespace FrontDesk.Bench.Hosting;

public static class FreePort
{
    // A loopback port nobody listens on now (the OS picks it; the listener is closed at once).
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
