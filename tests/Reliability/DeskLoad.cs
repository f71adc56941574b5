using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FrontDesk.Cards.Localization;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Reliability;

// The building's traffic while the host is killed under it: kiosks registering walk-ins for random hosts, and the
// desk logging urgent mail for them in Teams. It keeps only what users were told went through: a walk-in whose
// kiosk showed "we've asked your host", a mail item whose serial the staff member's card confirmed.
public sealed partial class DeskLoad(CrashScene scene, int seed)
{
    private static readonly Texts English = Catalog.Default.For("en");
    private int _unconfirmedWalkIns;
    private int _unconfirmedMail;

    public ConcurrentBag<string> AcknowledgedVisitors { get; } = [];

    public ConcurrentBag<string> AcknowledgedMail { get; } = [];

    public int Acknowledged => AcknowledgedVisitors.Count + AcknowledgedMail.Count;

    // Tries that got no confirmation (the host was down, or died mid-turn).
    public int UnconfirmedWalkIns => _unconfirmedWalkIns;

    public int UnconfirmedMail => _unconfirmedMail;

    public Task RunAsync(int kiosks, CancellationToken stop) =>
        Task.WhenAll([.. Enumerable.Range(1, kiosks).Select(k => KioskAsync(k, stop)), DeskAsync(stop)]);

    private async Task KioskAsync(int kiosk, CancellationToken stop)
    {
        var draws = new Random(seed + kiosk);
        using var page = new KioskOverHttp(scene.Bot.Address);
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var host = scene.Hosts[draws.Next(scene.Hosts.Count)];
            var visitor = $"Guest K{kiosk}N{n}";
            var confirmation = English.Format("kiosk.arrived.awaitingHost", visitor, host.Name);
            await TryAsync(async () =>
            {
                if (await page.RegisterWalkInAsync(visitor, "Tailspin", host.Name, confirmation, stop))
                {
                    AcknowledgedVisitors.Add(visitor);
                    return true;
                }
                return false;
            }, () => Interlocked.Increment(ref _unconfirmedWalkIns), stop);
        }
    }

    // "log mail", then the form's Log button with the recipient, one item and "urgent" typed in.
    private async Task DeskAsync(CancellationToken stop)
    {
        var draws = new Random(seed);
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var host = scene.Hosts[draws.Next(scene.Hosts.Count)];
            await TryAsync(async () =>
            {
                var (opened, replies) = await scene.Teams.SayAsync(scene.Desk, "log mail", stop);
                if (!opened || replies.FirstOrDefault(r => r.Card is not null) is not { } form)
                {
                    return false;
                }
                var (logged, confirmations) = await scene.Teams.PressAsync(scene.Desk, form, English["mail.log.save"], new()
                {
                    ["recipient"] = host.Name,
                    ["kind1"] = "Document",
                    ["carrier1"] = "SF Express",
                    ["tracking1"] = $"SF{seed}{n:D6}",
                    ["urgent"] = "true",
                }, stop);
                var confirmed = confirmations.LastOrDefault(c => c.Card is not null && c.CardText.Contains(
                    English.Format("mail.logged.title", "").Trim(), StringComparison.Ordinal));
                if (!logged || confirmed is null)
                {
                    return false;
                }
                foreach (var serial in Serial().Matches(confirmed.CardText).Select(m => m.Value).Distinct())
                {
                    AcknowledgedMail.Add(serial);
                }
                return true;
            }, () => Interlocked.Increment(ref _unconfirmedMail), stop);
        }
    }

    // A host that is down or dying answers with errors or not at all: wait a moment and go on with the next one.
    private static async Task TryAsync(Func<Task<bool>> attempt, Action unconfirmed, CancellationToken stop)
    {
        try
        {
            if (await attempt())
            {
                return;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // Counted below, unless the load is over.
        }
        if (stop.IsCancellationRequested)
        {
            return;
        }
        unconfirmed();
        try
        {
            await Task.Delay(300, stop);
        }
        catch (OperationCanceledException)
        {
            // The load is over.
        }
    }

    [GeneratedRegex(@"M-\d{8}-\d{4}")]
    private static partial Regex Serial();
}
