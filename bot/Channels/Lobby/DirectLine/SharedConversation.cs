using System.Threading.Channels;
using FrontDesk.Data.Lobby;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// A conversation whose log lives in the database several instances share. The instance holding the kiosk's
// socket feeds it from there: after its own appends at once, and after another instance's when the database's
// wake-up arrives (Wake). The stream remembers the watermark it has sent, so nothing is sent twice or skipped.
public sealed class SharedConversation(LobbyConversationState state, LobbyConversations rows, int maxActivities, UploadBudget uploads,
    ILogger logger) : DirectLineConversation(state.Id, state.UserId, state.Locale, uploads)
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _pumping = new(1, 1);
    private long _tokenGeneration = state.TokenGeneration;
    private Channel<string>? _stream;
    private long _streamEpoch;
    private long _sent;

    public override long TokenGeneration => Interlocked.Read(ref _tokenGeneration);

    // What the database said when this conversation was last found.
    public void Refresh(LobbyConversationState fresh) => Interlocked.Exchange(ref _tokenGeneration, fresh.TokenGeneration);

    public bool IsStreaming
    {
        get
        {
            lock (_gate)
            {
                return _stream is not null;
            }
        }
    }

    public override async Task<long> NextTokenGenerationAsync()
    {
        var generation = await rows.NextTokenGenerationAsync(Id);
        Interlocked.Exchange(ref _tokenGeneration, generation);
        return generation;
    }

    public override Task VisitorSpokeAsync(DateTimeOffset now) => rows.VisitorSpokeAsync(Id, now);

    public override async Task<string> NextActivityIdAsync() =>
        await rows.NextNumberAsync(Id) is var number and > 0 ? ActivityId(number) : throw new LobbyConversationGoneException(Id);

    public override async Task<long> AppendAsync(string activityId, string json)
    {
        var watermark = await rows.AppendAsync(Id, activityId, json, maxActivities);
        if (watermark == 0)
        {
            throw new LobbyConversationGoneException(Id);
        }
        await PumpAsync();
        return watermark;
    }

    public override Task<bool> HasAsync(string activityId) => rows.HasAsync(Id, activityId);

    public override Task<bool> RemoveAsync(string activityId) => rows.RemoveAsync(Id, activityId);

    public override async Task<string> ActivitySetSinceAsync(long watermark)
    {
        var set = await rows.SinceAsync(Id, watermark);
        return Frame(set.Activities, set.Watermark);
    }

    public override async Task<ChannelReader<string>> SubscribeAsync(long watermark)
    {
        var epoch = await rows.StreamOpenedAsync(Id);
        var stream = NewStream();
        await _pumping.WaitAsync();
        try
        {
            lock (_gate)
            {
                _stream?.Writer.TryComplete();
                _stream = stream;
                _streamEpoch = epoch;
                _sent = watermark;
            }
        }
        finally
        {
            _pumping.Release();
        }
        await PumpAsync();
        return stream.Reader;
    }

    public override async Task UnsubscribeAsync(ChannelReader<string> reader, DateTimeOffset now)
    {
        long epoch;
        lock (_gate)
        {
            if (_stream is not { } stream || stream.Reader != reader)
            {
                return;
            }
            stream.Writer.TryComplete();
            _stream = null;
            epoch = _streamEpoch;
        }
        try
        {
            await rows.StreamClosedAsync(Id, epoch, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unrecorded, the kiosk counts as present until its conversation goes idle; nothing worse.
            logger.LogWarning(e, "Could not record that the lobby stream of conversation {ConversationId} closed", Id);
        }
    }

    // A wake-up from the database: new activities to send, or (watermark 0) the conversation ended or its stream
    // moved to another socket, perhaps on another instance.
    public async Task WakeAsync(long watermark)
    {
        if (!IsStreaming)
        {
            return;
        }
        try
        {
            if (watermark <= 0)
            {
                var state = await rows.PeekAsync(Id);
                lock (_gate)
                {
                    if (state is null || state.StreamEpoch > _streamEpoch)
                    {
                        EndStream();
                        return;
                    }
                }
            }
            await PumpAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The socket stays; the next wake-up (or the client's reconnect with its watermark) catches up.
            logger.LogWarning(e, "Could not feed the lobby stream of conversation {ConversationId}", Id);
        }
    }

    public override void Close()
    {
        lock (_gate)
        {
            EndStream();
        }
        base.Close();
    }

    // Sends what the stream has not had yet, one reader of the log at a time so frames keep their order.
    private async Task PumpAsync()
    {
        await _pumping.WaitAsync();
        try
        {
            long sent;
            lock (_gate)
            {
                if (_stream is null)
                {
                    return;
                }
                sent = _sent;
            }
            var set = await rows.SinceAsync(Id, sent);
            lock (_gate)
            {
                if (_stream is not { } stream || set.Activities.Count == 0)
                {
                    return;
                }
                _sent = set.Watermark;
                if (!stream.Writer.TryWrite(Frame(set.Activities, set.Watermark)))
                {
                    // A reader that fell this far behind is dropped; the client reconnects with its watermark.
                    EndStream();
                }
            }
        }
        finally
        {
            _pumping.Release();
        }
    }

    private void EndStream()
    {
        _stream?.Writer.TryComplete();
        _stream = null;
    }
}
