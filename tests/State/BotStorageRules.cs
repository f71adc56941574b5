using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.State;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.State;

// The storage's rules, whichever documents it stands on: the database's (BotStateStorageTests) or memory's
// (MemoryStateDocumentsTests).
public abstract class BotStorageRules : IDisposable
{
    protected readonly TestDatabase _database = new();
    protected readonly DocumentBotStorage _storage;

    protected BotStorageRules() => _storage = new DocumentBotStorage(Documents());

    // The documents under a storage: for the database a store of its own each time, as separate app instances would
    // have, on the same file.
    protected abstract IStateDocuments Documents();

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class VisitorDraft : IStoreItem
    {
        public string? Name { get; set; }
        public List<string> Hosts { get; set; } = [];
        public DateTimeOffset? Arrival { get; set; }
        public string? ETag { get; set; }
    }

    [Fact]
    public async Task Reading_a_missing_key_leaves_it_out()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["present"] = new VisitorDraft { Name = "Ada" } });

        var items = await _storage.ReadAsync(["missing", "present"]);

        Assert.Equal(["present"], items.Keys);
    }

    [Fact]
    public async Task A_typed_object_and_a_dictionary_come_back_as_written()
    {
        var arrival = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);
        var bag = new Dictionary<string, object> { ["count"] = 3L, ["step"] = "host" };
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["draft"] = new VisitorDraft { Name = "Ada Lovelace", Hosts = ["Grace", "Linus"], Arrival = arrival },
            ["bag"] = bag,
        });

        var items = await _storage.ReadAsync(["draft", "bag"]);

        var draft = Assert.IsType<VisitorDraft>(items["draft"]);
        Assert.Equal("Ada Lovelace", draft.Name);
        Assert.Equal(["Grace", "Linus"], draft.Hosts);
        Assert.Equal(arrival, draft.Arrival);
        Assert.False(string.IsNullOrEmpty(draft.ETag));
        var readBag = Assert.IsType<Dictionary<string, object>>(items["bag"]);
        Assert.Equal(3L, readBag["count"]);
        Assert.Equal("host", readBag["step"]);
    }

    [Fact]
    public async Task A_write_sets_a_new_etag_on_the_item_and_the_matching_etag_may_write_again()
    {
        var draft = new VisitorDraft { Name = "Ada" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });
        var first = draft.ETag;
        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, ((VisitorDraft)(await _storage.ReadAsync(["draft"]))["draft"]).ETag);

        draft.Name = "Ada L.";
        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });

        Assert.NotEqual(first, draft.ETag);
        var read = (VisitorDraft)(await _storage.ReadAsync(["draft"]))["draft"];
        Assert.Equal("Ada L.", read.Name);
        Assert.Equal(draft.ETag, read.ETag);
    }

    [Fact]
    public async Task A_stale_etag_throws_the_sdk_conflict_and_keeps_the_stored_value()
    {
        var draft = new VisitorDraft { Name = "Ada" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });
        var stale = new VisitorDraft { Name = "Mallory", ETag = "not-the-stored-one" };

        var error = await Assert.ThrowsAsync<ETagConflictException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = stale }));

        Assert.StartsWith("Etag conflict.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Current: {draft.ETag}", error.Message, StringComparison.Ordinal);
        Assert.Equal("Ada", ((VisitorDraft)(await _storage.ReadAsync(["draft"]))["draft"]).Name);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Star_or_no_etag_writes_unconditionally(string? etag)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = new VisitorDraft { Name = "Ada" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = new VisitorDraft { Name = "Grace", ETag = etag } });

        Assert.Equal("Grace", ((VisitorDraft)(await _storage.ReadAsync(["draft"]))["draft"]).Name);
    }

    [Fact]
    public async Task A_batch_with_one_conflict_writes_nothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new VisitorDraft { Name = "old a" } });

        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["new"] = new VisitorDraft { Name = "new" },
            ["a"] = new VisitorDraft { Name = "new a", ETag = "stale" },
        }));

        var items = await _storage.ReadAsync(["a", "new"]);
        Assert.Equal(["a"], items.Keys);
        Assert.Equal("old a", ((VisitorDraft)items["a"]).Name);
    }

    [Fact]
    public async Task Two_writers_holding_the_same_etag_exactly_one_wins()
    {
        var draft = new VisitorDraft { Name = "start" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["draft"] = draft });
        var writers = Enumerable.Range(0, 6).Select(i => Task.Run(() => new DocumentBotStorage(Documents()).WriteAsync(
            new Dictionary<string, object> { ["draft"] = new VisitorDraft { Name = $"writer {i}", ETag = draft.ETag } }))).ToArray();
        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await w;
                return "ok";
            }
            catch (ETagConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Single(outcomes, o => o == "ok");
        Assert.Equal(5, outcomes.Count(o => o == "conflict"));
        var name = ((VisitorDraft)(await _storage.ReadAsync(["draft"]))["draft"]).Name;
        Assert.Equal($"writer {Array.IndexOf(outcomes, "ok")}", name);
    }

    [Fact]
    public async Task Delete_removes_the_documents()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new VisitorDraft(), ["b"] = new VisitorDraft() });

        await _storage.DeleteAsync(["a", "missing"]);

        Assert.Equal(["b"], (await _storage.ReadAsync(["a", "b"])).Keys);
    }
}
