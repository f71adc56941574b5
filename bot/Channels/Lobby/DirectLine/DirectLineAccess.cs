namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Who may touch which conversation: the holder of the secret may use any; a token only its own.
public sealed class DirectLineAccess(DirectLineTokens tokens, IConversationStore store)
{
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    public bool IsSecret(HttpRequest request) => Bearer(request) is { Length: > 0 } bearer && tokens.IsSecret(bearer);

    // 401 without credentials, 403 for a bad, expired or foreign token, 404 for a conversation that is gone.
    public async Task<AccessResult> ConversationAsync(HttpRequest request, string conversationId, string? token = null, TokenKind kind = TokenKind.Conversation)
    {
        token ??= Bearer(request);
        if (string.IsNullOrEmpty(token))
        {
            return new(null, Results.StatusCode(StatusCodes.Status401Unauthorized));
        }
        var isSecret = tokens.IsSecret(token);
        var claims = isSecret ? null : tokens.Check(token, kind) ?? (kind == TokenKind.Stream ? tokens.Check(token, TokenKind.Conversation) : null);
        if (!isSecret && (claims is null || claims.ConversationId != conversationId))
        {
            return new(null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }
        var conversation = await store.FindAsync(conversationId);
        if (conversation is not null && claims is not null && IsRetired(claims, conversation))
        {
            return new(null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }
        return conversation is null
            ? new(null, Results.NotFound())
            : new(conversation, null);
    }

    // A conversation token's claims when it is good now: signed, not expired, and not replaced by a refresh.
    public async Task<DirectLineClaims?> ConversationClaimsAsync(HttpRequest request)
    {
        var claims = tokens.Check(Bearer(request), TokenKind.Conversation);
        return claims is not null && await store.PeekAsync(claims.ConversationId) is { } conversation && IsRetired(claims, conversation) ? null : claims;
    }

    private static bool IsRetired(DirectLineClaims claims, DirectLineConversation conversation) =>
        claims.Kind == TokenKind.Conversation && claims.Generation < conversation.TokenGeneration;
}

public sealed record AccessResult(DirectLineConversation? Conversation, IResult? Error);
