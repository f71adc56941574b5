using FrontDesk.Data.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Hosting.State;

// Bot Framework storage (ConversationState, UserState) over state documents: the database's (BotStateStore, each
// call its own context) or this process's memory (MemoryStateDocuments). Semantics follow the SDK's storages:
// reads leave missing keys out; an ETag other than null, "" or "*" must match the stored one or the write throws;
// every write gets a new ETag, set on the item written; a batch is written all or nothing. The ETag is an
// IStoreItem's own, or a document's "eTag" entry: BotState keeps its state in a plain dictionary, so without that
// entry two instances' turns would overwrite each other.
public sealed class DocumentBotStorage(IStateDocuments store) : IStorage
{
    private const string ETagEntry = "eTag";

    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
    };

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stored = await store.ReadAsync(keys, cancellationToken);
        var items = new Dictionary<string, object>(stored.Count, StringComparer.Ordinal);
        foreach (var (key, state) in stored)
        {
            var value = JsonConvert.DeserializeObject(state.Json, Settings);
            if (value is null)
            {
                continue;
            }
            if (value is IStoreItem item)
            {
                item.ETag = state.ETag;
            }
            else if (value is IDictionary<string, object> document)
            {
                document[ETagEntry] = state.ETag;
            }
            items[key] = value;
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var batch = changes.Select(c => Change(c.Key, c.Value)).ToList();
        var etags = await store.WriteAsync(batch, cancellationToken);
        foreach (var (key, value) in changes)
        {
            if (value is IStoreItem item)
            {
                item.ETag = etags[key];
            }
            else if (value is IDictionary<string, object> document)
            {
                document[ETagEntry] = etags[key];
            }
        }
    }

    // A document's ETag entry is not stored with it (the row's own ETag is the one that counts): it is taken out for
    // the JSON and put back, so the document keeps its own type.
    private static StateChange Change(string key, object value)
    {
        if (value is IStoreItem item)
        {
            return new(key, JsonConvert.SerializeObject(value, Settings), item.ETag);
        }
        if (value is not IDictionary<string, object> document || !document.TryGetValue(ETagEntry, out var etag))
        {
            return new(key, JsonConvert.SerializeObject(value, Settings));
        }
        document.Remove(ETagEntry);
        try
        {
            return new(key, JsonConvert.SerializeObject(document, Settings), etag as string);
        }
        finally
        {
            document[ETagEntry] = etag;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }
}
