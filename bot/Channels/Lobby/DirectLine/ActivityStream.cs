using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// The WebSocket stream of one conversation: ActivitySet frames ({activities, watermark}) and empty
// keep-alive frames. What the client sends is only read to notice pings and closes; garbage is ignored,
// an oversized message closes this socket (and only this one).
public static class ActivityStream
{
    private const int MaxClientMessageBytes = 64 * 1024;

    public static RouteGroupBuilder MapDirectLineStream(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return api;
    }

    private static async Task StreamAsync(HttpContext http, string conversationId, string? watermark, string? t,
        DirectLineAccess access, IOptions<LobbyOptions> options, TimeProvider clock)
    {
        var (conversation, error) = await access.ConversationAsync(http.Request, conversationId, t, TokenKind.Stream);
        if (conversation is null || !http.WebSockets.IsWebSocketRequest || !Watermark.TryParse(watermark, out var from))
        {
            await (error ?? Results.BadRequest()).ExecuteAsync(http);
            return;
        }
        var keepAlive = TimeSpan.FromSeconds(options.Value.DirectLine.KeepAliveSeconds);
        // The stream is recorded before the socket is accepted: a kiosk whose socket is open counts as present from
        // its first moment (a host's answer then is relayed, not reported lost); frames wait in the channel meanwhile.
        var frames = await conversation.SubscribeAsync(from);
        WebSocket socket;
        try
        {
            socket = await http.WebSockets.AcceptWebSocketAsync();
        }
        catch
        {
            await conversation.UnsubscribeAsync(frames, clock.GetUtcNow());
            throw;
        }
        using var accepted = socket;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = ReceiveAsync(socket, stop);
        WebSocketCloseStatus closeStatus;
        try
        {
            await SendAsync(socket, frames, keepAlive, clock, stop.Token);
            closeStatus = WebSocketCloseStatus.NormalClosure;
        }
        catch (OperationCanceledException)
        {
            closeStatus = await receiving;
        }
        catch (WebSocketException)
        {
            closeStatus = WebSocketCloseStatus.ProtocolError;
        }
        finally
        {
            await conversation.UnsubscribeAsync(frames, clock.GetUtcNow());
        }
        await CloseAsync(socket, closeStatus);
        // Give the client a moment to acknowledge the close before the socket is torn down.
        await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
        await stop.CancelAsync();
    }

    private static async Task SendAsync(WebSocket socket, ChannelReader<string> frames, TimeSpan keepAlive, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = frames.WaitToReadAsync(cancellationToken).AsTask();
            var ready = await Task.WhenAny(next, Task.Delay(keepAlive, clock, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            if (ready != next)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                continue;
            }
            if (!await next)
            {
                return;
            }
            while (frames.TryRead(out var frame))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellationToken);
            }
        }
    }

    // Returns how the socket should be closed once the client is done with it.
    private static async Task<WebSocketCloseStatus> ReceiveAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        var messageBytes = 0;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return WebSocketCloseStatus.NormalClosure;
                }
                messageBytes = result.EndOfMessage ? 0 : messageBytes + result.Count;
                if (messageBytes > MaxClientMessageBytes)
                {
                    return WebSocketCloseStatus.MessageTooBig;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return WebSocketCloseStatus.NormalClosure;
        }
        catch (WebSocketException)
        {
            return WebSocketCloseStatus.ProtocolError;
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(status, null, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away while we said goodbye; nothing is left to tell it.
        }
    }
}
