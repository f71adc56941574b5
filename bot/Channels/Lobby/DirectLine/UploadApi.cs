using System.Security.Cryptography;
using FrontDesk.Cards.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Files sent from Web Chat: multipart with an "activity" part and "file" parts. The files are kept with the
// conversation (bounded) and reach the bot as attachments whose contentUrl points back here.
public static class UploadApi
{
    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp",
    };

    public static RouteGroupBuilder MapDirectLineUploads(this RouteGroupBuilder api)
    {
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(ActivitiesApi.PostPolicy).DisableAntiforgery();
        api.MapGet("/conversations/{conversationId}/attachments/{attachmentId}", DownloadAsync);
        return api;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, DirectLineAccess access, LobbyAdapter adapter,
        IOptions<LobbyOptions> options, Catalog catalog, DirectLineTokens tokens, TimeProvider clock)
    {
        var (conversation, error) = await access.ConversationAsync(http.Request, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        var limit = options.Value.DirectLine.MaxUploadBytes;
        if (http.Request.ContentLength > limit)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (!http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 64 }, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var activity = await ReadActivityAsync(form);
        if (activity is null || activity.Type != ActivityTypes.Message)
        {
            return Results.BadRequest();
        }
        var files = await ReadFilesAsync(form.Files.Where(f => f.Name != "activity"));
        if (!conversation.TryAddAttachments(files))
        {
            // Not a turn: the visitor hears why in their language, and the page's post fails as Direct Line's would.
            var t = catalog.For(activity.Locale ?? conversation.Locale);
            await adapter.SayAsync(conversation, t["lobby.reply.uploadRefused"], t.Language);
            return DirectLineErrors.Of(StatusCodes.Status507InsufficientStorage, "InsufficientStorage",
                "The lobby holds as many uploaded files as it may; try again later or ask the front desk.");
        }
        activity.Attachments = [.. files.Select(f => new Attachment(f.ContentType, ContentUrl(http.Request, tokens, conversation, f.Id), name: f.Name))];
        return await ActivitiesApi.DeliverAsync(http, conversation, activity, adapter, clock);
    }

    // With the link's own token (what an <img> in Web Chat has) or the conversation's token; nothing else.
    private static async Task<IResult> DownloadAsync(HttpRequest request, string conversationId, string attachmentId, string? t, DirectLineAccess access,
        DirectLineTokens tokens, IConversationStore store, HttpResponse response)
    {
        DirectLineConversation? conversation;
        if (t is not null)
        {
            var claims = tokens.Check(t, TokenKind.Attachment);
            if (claims is null || claims.ConversationId != conversationId || claims.UserId != attachmentId)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            conversation = await store.FindAsync(conversationId);
        }
        else
        {
            (conversation, var error) = await access.ConversationAsync(request, conversationId);
            if (conversation is null)
            {
                return error!;
            }
        }
        var attachment = conversation?.FindAttachment(attachmentId);
        if (attachment is null)
        {
            return Results.NotFound();
        }
        // Uploaded content is the visitor's, so never let a browser run it as a page of this site.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        var inline = InlineTypes.Contains(attachment.ContentType);
        return Results.File(attachment.Content, inline ? attachment.ContentType : "application/octet-stream",
            inline ? null : attachment.Name);
    }

    private static async Task<Activity?> ReadActivityAsync(IFormCollection form)
    {
        var part = form.Files.GetFile("activity");
        string? json = null;
        if (part is not null)
        {
            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync();
        }
        json ??= form["activity"].FirstOrDefault();
        return json is null ? null : ActivityJson.Read(json);
    }

    private static async Task<List<StoredAttachment>> ReadFilesAsync(IEnumerable<IFormFile> files)
    {
        var stored = new List<StoredAttachment>();
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content);
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var name = Path.GetFileName(file.FileName) is { Length: > 0 } n ? n : "file";
            var type = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
            stored.Add(new StoredAttachment(id, type, name, content.ToArray()));
        }
        return stored;
    }

    private static string ContentUrl(HttpRequest request, DirectLineTokens tokens, DirectLineConversation conversation, string attachmentId) =>
        $"{DirectLineApi.ServiceUrl(request)}/conversations/{conversation.Id}/attachments/{attachmentId}?t={Uri.EscapeDataString(tokens.IssueAttachmentToken(conversation.Id, attachmentId))}";
}
