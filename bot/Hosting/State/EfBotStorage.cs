using FrontDesk.Data.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Hosting.State;

// Bot Framework storage (ConversationState, UserState) in the database. A singleton: each call opens its
// own context. Semantics follow the SDK's storages: reads leave missing keys out; an IStoreItem's ETag other
// than null, "" or "*" must match the stored one or the write throws; every write gets a new ETag, set on
// the IStoreItem written; a batch is written all or nothing.
public sealed class EfBotStorage(BotStateStore store) : IStorage
{
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
            items[key] = value;
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var batch = changes
            .Select(c => new StateChange(c.Key, JsonConvert.SerializeObject(c.Value, Settings), (c.Value as IStoreItem)?.ETag))
            .ToList();
        var etags = await store.WriteAsync(batch, cancellationToken);
        foreach (var (key, value) in changes)
        {
            if (value is IStoreItem item)
            {
                item.ETag = etags[key];
            }
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }
}
