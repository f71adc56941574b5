using System.Text;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reliability;

// What the crash did, counted: acknowledged records missing from the database, notices owed for them with no row,
// notices shown more than once in the chat they were for (a PUT of a shown message is the same message; a second
// POST is a second copy), notices not shown in time, and what became of those owed to the chat that never answers.
public sealed class DeliveryVerdict
{
    // The issue's goal: no notice later than this, counted in time the host was up and owed it, less the time Teams
    // itself kept the notice's sends unanswered (the injected timeouts).
    public static readonly TimeSpan OnTime = TimeSpan.FromSeconds(10);

    private readonly List<string> _lines = [];

    public int AcknowledgedVisits { get; private set; }

    public int AcknowledgedMail { get; private set; }

    public List<string> LostVisits { get; } = [];

    public List<string> LostMail { get; } = [];

    public List<string> MissingNotices { get; } = [];

    public List<string> Duplicates { get; } = [];

    public int ExtraCopies { get; private set; }

    // Sent in the database but not in the chat.
    public List<string> MarkedSentNeverShown { get; } = [];

    public List<string> Undelivered { get; } = [];

    public List<string> Late { get; } = [];

    public TimeSpan Slowest { get; private set; }

    public int Notices { get; private set; }

    public int Delivered { get; private set; }

    public List<string> HangingWrong { get; } = [];

    // Messages the bot started in a host's chat that match no notice row: a notice changed on its way, or sent twice
    // in a changed form. Not counted as a failure by itself; shown to explain one.
    public int Unmatched { get; private set; }

    public Dictionary<NotificationStatus, int> HangingStatuses { get; } = [];

    // What the issue asks: nothing acknowledged lost, every notice shown exactly once. Lateness is reported, not
    // judged: under injected faults a chat's later notices wait behind its earlier one's retries (in order), which
    // the 10 s restart goal does not cover; OutboxRestartTests holds that goal without faults.
    public bool Passed => LostVisits.Count + LostMail.Count + MissingNotices.Count + ExtraCopies + MarkedSentNeverShown.Count
        + Undelivered.Count + HangingWrong.Count == 0;

    public static async Task<DeliveryVerdict> JudgeAsync(CrashScene scene, DeskLoad load, Downtime downtime)
    {
        var verdict = new DeliveryVerdict();
        await using var db = scene.OpenDb();
        var rows = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
        await verdict.CheckRecordsAsync(db, rows, load);
        verdict.CheckDeliveries(scene, rows, downtime);
        return verdict;
    }

    private async Task CheckRecordsAsync(FrontDesk.Data.FrontDeskDb db, List<Notification> rows, DeskLoad load)
    {
        var visitors = load.AcknowledgedVisitors.Distinct(StringComparer.Ordinal).ToList();
        AcknowledgedVisits = visitors.Count;
        var visits = await db.Visits.AsNoTracking().Where(v => visitors.Contains(v.VisitorName)).ToListAsync();
        foreach (var visitor in visitors)
        {
            var found = visits.Where(v => v.VisitorName == visitor).ToList();
            if (found.Count == 0)
            {
                LostVisits.Add(visitor);
            }
            else if (!rows.Any(r => r.Kind == "visit.arrival" && found.Any(v => r.RelatedTo == $"visit:{v.Id}")))
            {
                MissingNotices.Add($"arrival card for {visitor}");
            }
        }
        var serials = load.AcknowledgedMail.Distinct(StringComparer.Ordinal).ToList();
        AcknowledgedMail = serials.Count;
        var stored = await db.MailItems.AsNoTracking().Where(m => serials.Contains(m.Serial)).Select(m => m.Serial).ToListAsync();
        foreach (var serial in serials)
        {
            if (!stored.Contains(serial))
            {
                LostMail.Add(serial);
            }
            else if (!rows.Any(r => r.Kind == "mail.urgent" && r.RelatedTo == "mail:" + serial))
            {
                MissingNotices.Add($"urgent mail notice for {serial}");
            }
        }
    }

    private void CheckDeliveries(CrashScene scene, List<Notification> rows, Downtime downtime)
    {
        var shown = scene.Channel.Messages.ToLookup(m => (m.ConversationId, m.Fingerprint));
        var teamsRows = rows.Where(r => r.ChannelId == "msteams")
            .Select(r => (Row: r, Conversation: r.ConversationId ?? scene.ByAadObjectId[r.RecipientAadObjectId!].ConversationId,
                Fingerprint: FaultyTeamsChannel.Fingerprint(JObject.Parse(r.ActivityJson))))
            .ToList();
        // Two notices that look the same to the same user are two messages, not one shown twice.
        var alike = teamsRows.Where(r => r.Row.ReplacesActivityId is null).GroupBy(r => (r.Conversation, r.Fingerprint)).ToDictionary(g => g.Key, g => g.Count());
        Unmatched = scene.Channel.Messages.Count(m => m.ReplyTo is null && scene.Channel.Faulty.ContainsKey(m.ConversationId)
            && !alike.ContainsKey((m.ConversationId, m.Fingerprint)));
        var reported = new HashSet<(string, string)>();
        foreach (var (row, conversation, fingerprint) in teamsRows)
        {
            Notices++;
            var what = $"#{row.Id} {row.Kind} {row.RelatedTo} ({row.Status}, {row.Attempts} attempts)";
            if (conversation == scene.Hanging?.ConversationId)
            {
                HangingStatuses[row.Status] = HangingStatuses.GetValueOrDefault(row.Status) + 1;
                if (row.Status is not (NotificationStatus.Pending or NotificationStatus.Retrying or NotificationStatus.Sending or NotificationStatus.DeadLetter))
                {
                    HangingWrong.Add(what);
                }
                continue;
            }
            var copies = row.ReplacesActivityId is { } replaced
                ? scene.Channel.Messages.Where(m => m.Id == replaced && m.ConversationId == conversation && FaultyTeamsChannel.Fingerprint(m.Latest) == fingerprint).ToList()
                : [.. shown[(conversation, fingerprint)]];
            var expected = row.ReplacesActivityId is null ? alike[(conversation, fingerprint)] : 1;
            if (copies.Count > expected && reported.Add((conversation, fingerprint)))
            {
                Duplicates.Add($"{what}: {copies.Count} copies");
                ExtraCopies += copies.Count - expected;
            }
            if (copies.Count == 0)
            {
                (row.Status == NotificationStatus.Sent ? MarkedSentNeverShown : Undelivered).Add(what);
                continue;
            }
            Delivered++;
            var owed = downtime.UpBetween(row.CreatedAt, copies[0].PostedAt) - scene.Channel.HeldFor(conversation, fingerprint);
            Slowest = owed > Slowest ? owed : Slowest;
            if (owed > OnTime)
            {
                Late.Add($"{what}: {owed.TotalSeconds:F1} s");
            }
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"Acknowledged: {AcknowledgedVisits} walk-ins, {AcknowledgedMail} mail items. Lost: {LostVisits.Count} walk-ins, {LostMail.Count} mail items; acknowledged records without their notice: {MissingNotices.Count}.");
        text.AppendLine($"Notices to Teams: {Notices}; shown: {Delivered}; duplicates: {Duplicates.Count} notices with {ExtraCopies} extra copies; not shown by the deadline: {Undelivered.Count}; marked Sent but never shown: {MarkedSentNeverShown.Count}; messages in hosts' chats matching no notice: {Unmatched}; later than {OnTime.TotalSeconds} s of uptime: {Late.Count} (slowest {Slowest.TotalSeconds:F1} s).");
        if (HangingStatuses.Count > 0)
        {
            text.AppendLine($"Owed to the hanging chat: {string.Join(", ", HangingStatuses.Select(s => $"{s.Value} {s.Key}"))}; wrongly settled: {HangingWrong.Count}.");
        }
        Section(text, "Lost walk-ins", LostVisits);
        Section(text, "Lost mail", LostMail);
        Section(text, "Missing notices", MissingNotices);
        Section(text, "Duplicates", Duplicates);
        Section(text, "Marked Sent, never shown", MarkedSentNeverShown);
        Section(text, "Not shown by the deadline", Undelivered);
        Section(text, "Late", Late);
        Section(text, "Hanging chat, wrongly settled", HangingWrong);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, List<string> items)
    {
        if (items.Count > 0)
        {
            text.AppendLine($"{title}: {string.Join("; ", items.Take(12))}{(items.Count > 12 ? $"; … {items.Count - 12} more" : "")}");
        }
    }
}

// When the host was down (from the moment Teams froze before each kill until the host answered again), to count how long a notice was owed while it was up.
public sealed class Downtime
{
    private readonly List<(DateTimeOffset From, DateTimeOffset Until)> _gaps = [];

    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset Until)> Gaps => _gaps;

    public void Add(DateTimeOffset from, DateTimeOffset until) => _gaps.Add((from, until));

    public TimeSpan UpBetween(DateTimeOffset from, DateTimeOffset until)
    {
        var span = until - from;
        foreach (var (down, up) in _gaps)
        {
            var start = down > from ? down : from;
            var end = up < until ? up : until;
            if (end > start)
            {
                span -= end - start;
            }
        }
        return span < TimeSpan.Zero ? TimeSpan.Zero : span;
    }
}
