using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// One lobby conversation as this instance sees it: its activity log (watermarked, capped) and token generation
// live in the store (memory, or the database several instances share); the live stream socket, the uploads and
// the gate that runs the bot's turns one at a time (so replies keep their order) are this instance's.
public abstract class DirectLineConversation(string id, string userId, string? locale, UploadBudget uploads)
{
    private const int MaxAttachments = 20;
    private readonly Lock _files = new();
    private readonly Dictionary<string, StoredAttachment> _attachments = [];
    private readonly Queue<string> _attachmentOrder = new();
    private bool _closed;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public string? Locale { get; } = locale;

    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    // Only tokens of the latest generation are good: a refresh retires the token it replaced.
    public abstract long TokenGeneration { get; }

    public abstract Task<long> NextTokenGenerationAsync();

    // Polls and reconnects touch a conversation; only a post shows someone is using it.
    public abstract Task VisitorSpokeAsync(DateTimeOffset now);

    public abstract Task<string> NextActivityIdAsync();

    // Appends (or, for an id already logged, replaces: Web Chat redraws an activity that arrives again).
    public abstract Task<long> AppendAsync(string activityId, string json);

    public abstract Task<bool> HasAsync(string activityId);

    public abstract Task<bool> RemoveAsync(string activityId);

    public abstract Task<string> ActivitySetSinceAsync(long watermark);

    // The new socket gets the backlog after its watermark and then every new activity; an older socket
    // of this conversation is closed (one socket per conversation).
    public abstract Task<ChannelReader<string>> SubscribeAsync(long watermark);

    public abstract Task UnsubscribeAsync(ChannelReader<string> reader, DateTimeOffset now);

    // This instance lets go of the conversation: its stream ends and its uploads are dropped.
    public virtual void Close()
    {
        lock (_files)
        {
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
        lock (_files)
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
        lock (_files)
        {
            return _attachments.GetValueOrDefault(attachmentId);
        }
    }

    protected string ActivityId(long number) => $"{Id}|{number.ToString("D7", CultureInfo.InvariantCulture)}";

    protected static string Frame(IEnumerable<string> activities, long watermark)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities);
        return json.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    protected static Channel<string> NewStream() => Channel.CreateBounded<string>(new BoundedChannelOptions(256) { SingleReader = true });
}

public sealed record StoredAttachment(string Id, string ContentType, string Name, byte[] Content);
