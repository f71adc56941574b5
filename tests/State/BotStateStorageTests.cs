using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.State;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.State;

// The storage's rules (BotStorageRules) on the database's documents, and what only the database does.
public sealed class BotStateStorageTests : BotStorageRules
{
    protected override IStateDocuments Documents() => new BotStateStore(_database, _database.Clock);

    [Fact]
    public async Task The_database_keeps_a_row_per_key()
    {
        var storage = new DocumentBotStorage(new BotStateStore(_database, _database.Clock));
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new VisitorDraft(), ["b"] = new VisitorDraft() });
        await storage.DeleteAsync(["a"]);

        await using var db = _database.CreateDbContext();
        Assert.Equal(["b"], await db.BotState.Select(s => s.Key).ToListAsync());
    }

    [Fact]
    public async Task Purging_forgets_only_state_not_written_for_that_long()
    {
        var store = new BotStateStore(_database, _database.Clock);
        await store.WriteAsync([new StateChange("old", "{}")], default);
        _database.Clock.Advance(TimeSpan.FromDays(2));
        await store.WriteAsync([new StateChange("recent", "{}")], default);

        var purged = await store.PurgeAsync(TimeSpan.FromDays(1), default);

        Assert.Equal(1, purged);
        Assert.Equal(["recent"], (await store.ReadAsync(["old", "recent"], default)).Keys);
    }

    [Fact]
    public async Task A_stored_document_naming_a_foreign_type_is_refused()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.BotState.Add(new() { Key = "evil", ETag = "1", Json = """{"$type":"System.IO.FileInfo, System.Private.CoreLib","fileName":"/etc/passwd"}""" });
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => _storage.ReadAsync(["evil"]));
        Assert.Contains("System.IO.FileInfo' is not allowed", error.InnerException?.Message, StringComparison.Ordinal);
    }
}
