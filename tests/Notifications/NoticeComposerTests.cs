using System.Data.Common;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Providers;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Notifications;

public class NoticeComposerTests
{
    private const string Key = "visits.lobby.noAnswer";

    // Counts the queries that read a table, to show the look-ups are batched.
    private sealed class QueryCounter : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public int Reading(string table) => Commands.Count(c => c.Contains("SELECT", StringComparison.Ordinal) && c.Contains($"FROM \"{table}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_recipient_gets_the_notice_in_their_language_with_one_look_up_and_once_per_key()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync("Alice");
        var li = await h.TenantInChatAsync("Li");
        await h.Teams.SayAsync(li, "你好", "zh-CN");
        var composer = h.Teams.App.Services.GetRequiredService<NoticeComposer>();
        NoticeRecipient[] recipients =
        [
            NoticeRecipient.TeamsUser(alice.AadObjectId, "n:alice"),
            NoticeRecipient.TeamsUser(li.AadObjectId, "n:li"),
            NoticeRecipient.TeamsUser("aad-never-wrote", "n:nobody"),
            NoticeRecipient.Lobby("lobby-1", "zh-CN", "n:kiosk"),
        ];
        var built = new List<string>();
        var counter = new QueryCounter();
        var options = new DbContextOptionsBuilder<FrontDeskDb>(FrontDeskDatabase.Options(h.Teams.App.Database))
            .AddInterceptors(counter).Options;

        for (var pass = 0; pass < 2; pass++)
        {
            await using var db = new FrontDeskDb(options);
            await composer.AddAsync(db, recipients, "test.notice", "visit:1", t =>
            {
                built.Add(t.Language);
                return Notice.Of(t[Key]);
            }, default);
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, counter.Reading("ConversationReferences"));
        Assert.Equal(2, counter.Reading("Notifications"));
        Assert.Equal(["en", "zh-Hans", "en", "zh-Hans"], built); // once per language and pass
        var rows = (await h.RowsAsync()).Where(n => n.Kind == "test.notice").ToDictionary(n => n.IdempotencyKey);
        Assert.Equal(4, rows.Count);
        foreach (var (key, language) in new[] { ("n:alice", "en"), ("n:li", "zh-Hans"), ("n:nobody", "en"), ("n:kiosk", "zh-Hans") })
        {
            var activity = JObject.Parse(rows[key].ActivityJson);
            Assert.Equal((language, Catalog.Default.Get(language, Key)), ((string?)activity["locale"], (string?)activity["text"]));
        }
        Assert.Equal((NotificationTarget.Lobby, "lobby-1"), (rows["n:kiosk"].ChannelId, rows["n:kiosk"].ConversationId));
        Assert.Equal(li.AadObjectId, rows["n:li"].RecipientAadObjectId);
    }
}
