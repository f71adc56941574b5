using System.Threading.Channels;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// A conversation kept in this process's memory (one instance: SQLite).
public sealed class MemoryConversation(string id, string userId, string? locale, int maxActivities, DateTimeOffset now, UploadBudget uploads)
    : DirectLineConversation(id, userId, locale, uploads)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<LoggedActivity> _log = new();
    private long _watermark;
    private long _sequence;
    private long _lastActive = now.UtcTicks;
    private long _tokenGeneration;
    private long _visitorSpokeAt;
    private Channel<string>? _stream;
    // When the page's live stream went away without a new one (null while one is open, or for a polling client).
    private DateTimeOffset? _streamLostAt;

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActive), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActive, now.UtcTicks);

    public override long TokenGeneration => Interlocked.Read(ref _tokenGeneration);

    public override Task<long> NextTokenGenerationAsync() => Task.FromResult(Interlocked.Increment(ref _tokenGeneration));

    // When the visitor last posted (null: never).
    public DateTimeOffset? VisitorSpokeAt => Interlocked.Read(ref _visitorSpokeAt) is var ticks and > 0 ? new(ticks, TimeSpan.Zero) : null;

    public override Task VisitorSpokeAsync(DateTimeOffset now)
    {
        Interlocked.Exchange(ref _visitorSpokeAt, now.UtcTicks);
        return Task.CompletedTask;
    }

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

    public override Task<string> NextActivityIdAsync() => Task.FromResult(ActivityId(Interlocked.Increment(ref _sequence)));

    public override Task<long> AppendAsync(string activityId, string json)
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
            if (_stream is { } stream && !stream.Writer.TryWrite(Frame([entry.Json], entry.Watermark)))
            {
                // A reader that fell this far behind is dropped; the client reconnects with its watermark.
                stream.Writer.TryComplete();
                _stream = null;
            }
            return Task.FromResult(entry.Watermark);
        }
    }

    public override Task<bool> HasAsync(string activityId)
    {
        lock (_gate)
        {
            return Task.FromResult(_log.Any(a => a.Id == activityId));
        }
    }

    public override Task<bool> RemoveAsync(string activityId)
    {
        lock (_gate)
        {
            return Task.FromResult(RemoveLogged(activityId));
        }
    }

    public override Task<string> ActivitySetSinceAsync(long watermark)
    {
        lock (_gate)
        {
            return Task.FromResult(Frame(_log.Where(a => a.Watermark > watermark).Select(a => a.Json), _watermark));
        }
    }

    public override Task<ChannelReader<string>> SubscribeAsync(long watermark)
    {
        lock (_gate)
        {
            _stream?.Writer.TryComplete();
            _streamLostAt = null;
            _stream = NewStream();
            var backlog = _log.Where(a => a.Watermark > watermark).Select(a => a.Json).ToList();
            if (backlog.Count > 0)
            {
                _stream.Writer.TryWrite(Frame(backlog, _watermark));
            }
            return Task.FromResult(_stream.Reader);
        }
    }

    public override Task UnsubscribeAsync(ChannelReader<string> reader, DateTimeOffset now)
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
        return Task.CompletedTask;
    }

    public override void Close()
    {
        lock (_gate)
        {
            _stream?.Writer.TryComplete();
            _stream = null;
            _log.Clear();
        }
        base.Close();
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

    private sealed record LoggedActivity(long Watermark, string Id, string Json);
}
