using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// One lobby conversation: its activity log (watermarked, capped), the one live stream socket, uploads,
// and a gate that runs the bot's turns one at a time so replies keep their order.
public sealed class DirectLineConversation(string id, string userId, string? locale, int maxActivities, DateTimeOffset now, UploadBudget uploads)
{
    private const int MaxAttachments = 20;
    private readonly Lock _gate = new();
    private readonly LinkedList<LoggedActivity> _log = new();
    private readonly Dictionary<string, StoredAttachment> _attachments = [];
    private readonly Queue<string> _attachmentOrder = new();
    private long _watermark;
    private long _sequence;
    private long _lastActive = now.UtcTicks;
    private long _tokenGeneration;
    private long _visitorSpokeAt;
    private Channel<string>? _stream;
    // When the page's live stream went away without a new one (null while one is open, or for a polling client).
    private DateTimeOffset? _streamLostAt;
    private bool _closed;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public string? Locale { get; } = locale;

    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActive), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActive, now.UtcTicks);

    // Only tokens of the latest generation are good: a refresh retires the token it replaced.
    public long TokenGeneration => Interlocked.Read(ref _tokenGeneration);

    public long NextTokenGeneration() => Interlocked.Increment(ref _tokenGeneration);

    // When the visitor last posted (null: never). Polls and reconnects touch a conversation; only this shows someone is using it.
    public DateTimeOffset? VisitorSpokeAt => Interlocked.Read(ref _visitorSpokeAt) is var ticks and > 0 ? new(ticks, TimeSpan.Zero) : null;

    public void VisitorSpoke(DateTimeOffset now) => Interlocked.Exchange(ref _visitorSpokeAt, now.UtcTicks);

    public DateTimeOffset? StreamLostAt
    {
        get
        {
            lock (_gate)
            {
                return _stream is null ? _streamLostAt : null;
            }
        }
    }

    public string NextActivityId() =>
        $"{Id}|{Interlocked.Increment(ref _sequence).ToString("D7", CultureInfo.InvariantCulture)}";

    // Appends (or, for an id already logged, replaces: Web Chat redraws an activity that arrives again).
    public long Append(string activityId, string json)
    {
        lock (_gate)
        {
            RemoveLogged(activityId);
            var entry = new LoggedActivity(++_watermark, activityId, json);
            _log.AddLast(entry);
            while (_log.Count > maxActivities)
            {
                _log.RemoveFirst();
            }
            if (_stream is { } stream && !stream.Writer.TryWrite(Frame([entry], entry.Watermark)))
            {
                // A reader that fell this far behind is dropped; the client reconnects with its watermark.
                stream.Writer.TryComplete();
                _stream = null;
            }
            return entry.Watermark;
        }
    }

    public bool Has(string activityId)
    {
        lock (_gate)
        {
            return _log.Any(a => a.Id == activityId);
        }
    }

    public bool Remove(string activityId)
    {
        lock (_gate)
        {
            return RemoveLogged(activityId);
        }
    }

    public string ActivitySetSince(long watermark)
    {
        lock (_gate)
        {
            return Frame(_log.Where(a => a.Watermark > watermark).ToList(), _watermark);
        }
    }

    // The new socket gets the backlog after its watermark and then every new activity; an older socket
    // of this conversation is closed (one socket per conversation).
    public ChannelReader<string> Subscribe(long watermark)
    {
        lock (_gate)
        {
            _stream?.Writer.TryComplete();
            _streamLostAt = null;
            _stream = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { SingleReader = true });
            var backlog = _log.Where(a => a.Watermark > watermark).ToList();
            if (backlog.Count > 0)
            {
                _stream.Writer.TryWrite(Frame(backlog, _watermark));
            }
            return _stream.Reader;
        }
    }

    public void Unsubscribe(ChannelReader<string> reader, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_stream is { } stream && stream.Reader == reader)
            {
                stream.Writer.TryComplete();
                _stream = null;
                _streamLostAt = now;
            }
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _stream?.Writer.TryComplete();
            _stream = null;
            _log.Clear();
            _closed = true;
            foreach (var attachment in _attachments.Values)
            {
                uploads.Release(attachment.Content.Length);
            }
            _attachments.Clear();
            _attachmentOrder.Clear();
        }
    }

    // False when all conversations together already hold the upload budget: none of the files is kept.
    public bool TryAddAttachments(IReadOnlyList<StoredAttachment> attachments)
    {
        var bytes = attachments.Sum(a => (long)a.Content.Length);
        if (!uploads.TryReserve(bytes))
        {
            return false;
        }
        lock (_gate)
        {
            if (_closed)
            {
                uploads.Release(bytes);
                return false;
            }
            foreach (var attachment in attachments)
            {
                _attachments[attachment.Id] = attachment;
                _attachmentOrder.Enqueue(attachment.Id);
            }
            while (_attachmentOrder.Count > MaxAttachments)
            {
                if (_attachments.Remove(_attachmentOrder.Dequeue(), out var dropped))
                {
                    uploads.Release(dropped.Content.Length);
                }
            }
            return true;
        }
    }

    public StoredAttachment? FindAttachment(string attachmentId)
    {
        lock (_gate)
        {
            return _attachments.GetValueOrDefault(attachmentId);
        }
    }

    private bool RemoveLogged(string activityId)
    {
        for (var node = _log.First; node is not null; node = node.Next)
        {
            if (node.Value.Id == activityId)
            {
                _log.Remove(node);
                return true;
            }
        }
        return false;
    }

    private static string Frame(IReadOnlyList<LoggedActivity> activities, long watermark)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities.Select(a => a.Json));
        return json.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    private sealed record LoggedActivity(long Watermark, string Id, string Json);
}

public sealed record StoredAttachment(string Id, string ContentType, string Name, byte[] Content);
