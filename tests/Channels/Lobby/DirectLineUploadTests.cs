using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

public class DirectLineUploadTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_upload_reaches_the_bot_as_an_attachment_that_can_be_downloaded()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var response = await UploadAsync(client, Png, "badge.png", "image/png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync("1");
        var echo = activities[0];
        var attachment = echo.GetProperty("attachments")[0];
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal("badge.png", attachment.GetProperty("name").GetString());
        Assert.Contains("received your file", Text(activities[1]), StringComparison.Ordinal);
        var contentUrl = new Uri(attachment.GetProperty("contentUrl").GetString()!);
        using var download = await client.Http.GetAsync(new Uri(contentUrl.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_uploaded_page_is_served_as_a_download_never_as_html()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var response = await UploadAsync(client, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "x.html", "text/html");

        var attachment = (await client.GetActivitiesAsync("1")).Activities[0].GetProperty("attachments")[0];
        var contentUrl = new Uri(attachment.GetProperty("contentUrl").GetString()!);
        using var download = await client.Http.GetAsync(new Uri(contentUrl.PathAndQuery, UriKind.Relative));
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_five_megabyte_upload_is_413_and_the_conversation_carries_on()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var response = await UploadAsync(client, new byte[5 * 1024 * 1024], "big.bin", "application/octet-stream");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await client.GetActivitiesAsync()).Activities);
        using var post = await client.PostTextAsync("I'm leaving");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task Uploads_beyond_the_memory_budget_are_refused_with_507_and_the_visitor_is_told_in_their_language()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:UploadBudgetBytes"] = "1000000";
        var english = await StartAsync(app);
        var chinese = await StartAsync(app, "zh-CN");
        var file = new byte[300_000];

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { english, chinese, english, chinese, english })
        {
            using var response = await UploadAsync(client, file, "scan.pdf", "application/pdf");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InsufficientStorage, HttpStatusCode.InsufficientStorage], statuses);
        var englishTexts = (await english.GetActivitiesAsync()).Activities.Where(IsFromBot).Select(Text).ToList();
        var chineseTexts = (await chinese.GetActivitiesAsync()).Activities.Where(IsFromBot).Select(Text).ToList();
        Assert.Equal(2, englishTexts.Count(t => t.Contains("received your file", StringComparison.Ordinal)));
        Assert.Contains(englishTexts, t => t.Contains("can't take files right now", StringComparison.Ordinal));
        Assert.Contains(chineseTexts, t => t.Contains("已收到您的文件", StringComparison.Ordinal));
        Assert.Contains(chineseTexts, t => t.Contains("暂时无法接收文件", StringComparison.Ordinal));
        // What the store holds in files, all conversations together, stays within the budget.
        Assert.Equal(900_000, app.Services.GetRequiredService<IConversationStore>().UploadBytesHeld);
    }

    [Fact]
    public async Task The_memory_of_a_swept_conversation_is_free_for_the_next_visitors_upload()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new FrontDeskApp(clock);
        app.Settings["Lobby:DirectLine:UploadBudgetBytes"] = "500000";
        var first = await StartAsync(app);
        using var kept = await UploadAsync(first, new byte[400_000], "scan.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);

        clock.Advance(TimeSpan.FromMinutes(61));
        await app.Services.GetRequiredService<ConversationSweeper>().SweepAsync();
        var next = await StartAsync(app);
        using var accepted = await UploadAsync(next, new byte[400_000], "scan.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(400_000, app.Services.GetRequiredService<IConversationStore>().UploadBytesHeld);
    }

    [Fact]
    public async Task An_attachment_downloads_only_with_its_link_or_the_conversations_token()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        var other = await StartAsync(app);
        using var upload = await UploadAsync(client, Png, "badge.png", "image/png");
        var contentUrl = new Uri((await client.GetActivitiesAsync()).Activities[1].GetProperty("attachments")[0].GetProperty("contentUrl").GetString()!);

        using var bare = await client.Http.GetAsync(new Uri(contentUrl.AbsolutePath, UriKind.Relative));
        using var withLink = await client.Http.GetAsync(new Uri(contentUrl.PathAndQuery, UriKind.Relative));
        using var withToken = await client.SendAsync(HttpMethod.Get, contentUrl.AbsolutePath);
        using var withOtherToken = await other.SendAsync(HttpMethod.Get, contentUrl.AbsolutePath);
        using var withForgedLink = await client.Http.GetAsync(new Uri(contentUrl.PathAndQuery + "x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withLink.StatusCode);
        Assert.Equal(Png, await withLink.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOtherToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withForgedLink.StatusCode);
    }

    [Fact]
    public async Task An_upload_without_an_activity_part_is_400()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Png), "file", "badge.png" } };

        using var response = await SendFormAsync(client, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // As DirectLineJS builds it: an "activity" blob (application/vnd.microsoft.activity) and one "file" per attachment.
    private static async Task<HttpResponseMessage> UploadAsync(DirectLineTestClient client, byte[] content, string name, string contentType)
    {
        var activity = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            from = new { id = "impostor", role = "user" },
            attachments = new[] { new { contentType, name } },
            channelData = new { clientActivityID = "upload-1" },
        }));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var form = new MultipartFormDataContent { { activity, "activity", "blob" }, { file, "file", name } };
        return await SendFormAsync(client, form);
    }

    private static async Task<HttpResponseMessage> SendFormAsync(DirectLineTestClient client, MultipartFormDataContent form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri($"/v3/directline/conversations/{client.ConversationId}/upload?userId=impostor", UriKind.Relative))
        { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        return await client.Http.SendAsync(request);
    }
}
