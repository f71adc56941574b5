using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// Exchanges the Azure Bot Service Direct Line secret for a conversation token bound to a user id we choose.
public sealed class AzureLobbyTokenSource(HttpClient http, IOptions<LobbyOptions> options) : ILobbyTokenSource
{
    public async Task<LobbyToken> CreateAsync(CancellationToken cancellationToken)
    {
        var directLine = options.Value.DirectLine;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{directLine.AzureEndpoint.TrimEnd('/')}/tokens/generate")
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(DirectLineTokens.NewUserId()))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", directLine.AzureSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new LobbyTokenUnavailableException($"Azure Direct Line answered {(int)response.StatusCode} to tokens/generate.");
        }
        var body = await response.Content.ReadFromJsonAsync<GenerateResponse>(cancellationToken)
                   ?? throw new LobbyTokenUnavailableException("Azure Direct Line sent an empty token response.");
        if (string.IsNullOrEmpty(body.Token) || string.IsNullOrEmpty(body.ConversationId))
        {
            throw new LobbyTokenUnavailableException("Azure Direct Line sent no token.");
        }
        return new LobbyToken(body.Token, body.ConversationId, body.ExpiresIn);
    }

    private sealed record GenerateRequest([property: JsonPropertyName("user")] GenerateUser User);

    private sealed record GenerateUser([property: JsonPropertyName("id")] string Id);

    private sealed record GenerateResponse(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

public sealed class LobbyTokenUnavailableException(string message) : Exception(message);
