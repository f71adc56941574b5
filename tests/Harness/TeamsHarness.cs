using FrontDesk.Data;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Harness;

// The app plus a fake Teams service: tests post what Teams would post and read what the bot sent back.
public sealed class TeamsHarness : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly bool _ownsChannel;

    public TeamsHarness(FrontDeskApp? app = null)
        : this(app ?? new FrontDeskApp(), new FakeTeamsChannel(), ownsChannel: true)
    {
    }

    // Shares a channel with another harness (an app restarted on the same database keeps talking to it).
    public TeamsHarness(FrontDeskApp app, FakeTeamsChannel channel)
        : this(app, channel, ownsChannel: false)
    {
    }

    private TeamsHarness(FrontDeskApp app, FakeTeamsChannel channel, bool ownsChannel)
    {
        App = app;
        Channel = channel;
        _ownsChannel = ownsChannel;
        _client = App.CreateClient();
    }

    public FrontDeskApp App { get; }

    public FakeTeamsChannel Channel { get; }

    public HttpClient Client => _client;

    // Posts the activity to /api/messages and returns what the bot sent to Teams during that turn.
    public async Task<IReadOnlyList<RecordedCall>> PostAsync(JObject activity)
    {
        var mark = Channel.MarkCalls();
        using var content = new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}: {body}");
        return [.. Channel.CallsSince(mark).Where(c => c.Body is not null && c.Path.Contains("/activities", StringComparison.Ordinal))];
    }

    public Task<IReadOnlyList<RecordedCall>> SayAsync(TeamsUser user, string text, string locale = "en-US") =>
        PostAsync(user.Message(Channel.ServiceUrl, text, locale));

    // Types a command and returns the one card the bot answered it with (other users' turns running at the
    // same time are not mixed in: only replies to this very message count).
    public async Task<RecordedCall> OpenAsync(TeamsUser user, string text, string locale = "en-US")
    {
        var message = user.Message(Channel.ServiceUrl, text, locale);
        var replies = await PostAsync(message);
        return Assert.Single(replies, c => c.ActivityId == (string?)message["id"] && c.Card is not null);
    }

    // Presses a button on a card the bot sent to this user, as Teams would (see CardButton); typed values go
    // into the card's inputs by id.
    public Task<IReadOnlyList<RecordedCall>> PressAsync(TeamsUser user, RecordedCall sent, string button,
        Dictionary<string, string>? typed = null, string? within = null, string locale = "en-US")
    {
        Assert.True(sent.Card is not null, "That message carries no card.");
        Assert.True(sent.SentId is not null, "That card was not accepted by Teams, so nobody could press it.");
        return PostAsync(user.Submit(Channel.ServiceUrl, CardButton.Press(sent.Card!, button, typed, within), sent.SentId, locale));
    }

    // The card a user sees now in that message: the latest send or update of it.
    public RecordedCall Current(RecordedCall sent) =>
        Channel.Delivered.Last(c => c.SentId == sent.SentId && c.ConversationId == sent.ConversationId);

    // A submit the product never sends, for tests of forged input: say so at the call site.
    public Task<IReadOnlyList<RecordedCall>> SubmitForgedAsync(TeamsUser user, JObject value, string? cardId, string locale = "en-US") =>
        PostAsync(user.Submit(Channel.ServiceUrl, value, cardId, locale));

    public async Task<T> WithDbAsync<T>(Func<FrontDeskDb, Task<T>> work)
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>();
        await using var db = await factory.CreateDbContextAsync();
        return await work(db);
    }

    // A tenant company with one member who is known to Teams (the fake answers their member look-up).
    public async Task<TeamsUser> AddTenantAsync(string company, string name, string email)
    {
        var user = TeamsUser.Create(name, email);
        Channel.AddMember(user);
        await WithDbAsync(async db =>
        {
            var c = await db.Companies.FirstOrDefaultAsync(x => x.Name == company)
                    ?? db.Companies.Add(new Company { Name = company, Floor = "12", CreatedAt = DateTimeOffset.UtcNow }).Entity;
            db.Members.Add(new Member { Company = c, Name = name, Email = email.ToLowerInvariant(), CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        return user;
    }

    public async Task<TeamsUser> AddStaffAsync(string name, string email, StaffRole role)
    {
        var user = TeamsUser.Create(name, email);
        Channel.AddMember(user);
        await WithDbAsync(db =>
        {
            db.Staff.Add(new StaffMember { Name = name, Email = email.ToLowerInvariant(), Role = role, AddedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        return user;
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body) =>
        await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        if (_ownsChannel)
        {
            await Channel.DisposeAsync();
        }
    }
}
