namespace FrontDesk.Bench.Load;

// Turns per second and latency percentiles of one measured run.
public sealed record LatencyStats(string Name, int Turns, double Seconds, double P50, double P95, double P99, double CpuMsPerTurn, int Lost)
{
    public double PerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public static LatencyStats From(string name, List<double> latenciesMs, double seconds, double cpuMs, int lost)
    {
        latenciesMs.Sort();
        return new(name, latenciesMs.Count, seconds, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.95), Percentile(latenciesMs, 0.99),
            latenciesMs.Count == 0 ? 0 : cpuMs / latenciesMs.Count, lost);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
