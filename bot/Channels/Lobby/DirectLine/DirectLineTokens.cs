using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FrontDesk.Data.Lobby;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

public enum TokenKind
{
    Conversation,
    Stream,
    // A link to one uploaded file: the subject is the attachment's id.
    Attachment,
}

// Subject is the user (or, for an attachment link, the attachment); a refresh raises the conversation's
// generation, and tokens of an older one are no longer good.
public sealed record DirectLineClaims(TokenKind Kind, string ConversationId, string UserId, long Generation, DateTimeOffset Expires);

public sealed record IssuedToken(string Token, string ConversationId, string UserId, int ExpiresIn);

// Issues and checks the local Direct Line's tokens: "kind.conversation.subject.generation.expiry.signature", signed with a
// key made at start when the conversations live in this process's memory (tokens need not outlive it either), or
// with the key in the shared database when several instances serve the lobby (a token of one is good at the other).
public sealed class DirectLineTokens
{
    private static readonly TimeSpan StreamLifetime = TimeSpan.FromMinutes(2);
    private readonly Lazy<byte[]> _key;
    private readonly byte[] _secret;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DirectLineTokens(IOptions<LobbyOptions> options, TimeProvider clock, LobbyConversations conversations)
    {
        _key = new(() => conversations.Shared ? conversations.SigningKey() : RandomNumberGenerator.GetBytes(32));
        var configured = options.Value.DirectLine.Secret;
        _secret = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(configured) ? NewId("", 32) : configured);
        _lifetime = TimeSpan.FromMinutes(options.Value.DirectLine.TokenMinutes);
        _clock = clock;
    }

    public static string NewConversationId() => NewId("", 24);

    public static string NewUserId() => NewId("dl_", 16);

    public bool IsSecret(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret);

    public IssuedToken Issue(string conversationId, string userId, long generation = 0) =>
        new(Sign(TokenKind.Conversation, conversationId, userId, generation, _lifetime), conversationId, userId, (int)_lifetime.TotalSeconds);

    public string IssueStreamToken(string conversationId, string userId) =>
        Sign(TokenKind.Stream, conversationId, userId, 0, StreamLifetime);

    // For an attachment's contentUrl: an <img> in Web Chat cannot send the conversation's token.
    public string IssueAttachmentToken(string conversationId, string attachmentId) =>
        Sign(TokenKind.Attachment, conversationId, attachmentId, 0, _lifetime);

    // The conversation a token claims to be for, unchecked: only to count requests per conversation.
    public static string? ClaimedConversation(string? token) => token?.Split('.') is { Length: 6 } parts ? parts[1] : null;

    // Null when the token is malformed, forged, expired or of another kind.
    public DirectLineClaims? Check(string? token, TokenKind kind)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 6 } || parts[0] != KindTag(kind) ||
            !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ||
            !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return null;
        }
        var expected = Signature(string.Join('.', parts[..5]));
        var presented = Encoding.ASCII.GetBytes(parts[5]);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), presented))
        {
            return null;
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiry);
        return expires <= _clock.GetUtcNow() ? null : new DirectLineClaims(kind, parts[1], parts[2], generation, expires);
    }

    private string Sign(TokenKind kind, string conversationId, string subject, long generation, TimeSpan lifetime)
    {
        var expiry = _clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = string.Create(CultureInfo.InvariantCulture, $"{KindTag(kind)}.{conversationId}.{subject}.{generation}.{expiry}");
        return $"{payload}.{Signature(payload)}";
    }

    private string Signature(string payload) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(payload)));

    private static string KindTag(TokenKind kind) => kind switch
    {
        TokenKind.Stream => "s",
        TokenKind.Attachment => "a",
        _ => "c",
    };

    private static string NewId(string prefix, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return prefix + RandomNumberGenerator.GetString(alphabet, length);
    }
}
