namespace FrontDesk.Bench.Connector;

// One HttpClient for a whole run: pooled keep-alive connections, no per-host cap, so hundreds of simulated
// users do not queue behind each other in the client.
public static class LoadClient
{
    public static HttpClient Create() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(120) };
}
