namespace FrontDesk.Data.State;

// State documents in this process's memory, under the same rules as the database's (IStateDocuments). For
// conversations that themselves live only in this process: their state would outlive them in the database.
public sealed class MemoryStateDocuments : IStateDocuments
{
    private readonly Dictionary<string, StoredState> _documents = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _documents.Count;
            }
        }
    }

    public Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoredState>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var state))
                {
                    found[key] = state;
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoredState>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_lock)
        {
            // Every ETag is checked before anything is written, so a conflict leaves the whole batch unwritten.
            foreach (var change in changes)
            {
                if (!change.IsUnconditional && _documents.TryGetValue(change.Key, out var stored) && stored.ETag != change.ExpectedETag)
                {
                    throw new ETagConflictException(change.Key, change.ExpectedETag, stored.ETag);
                }
            }
            foreach (var change in changes)
            {
                var etag = Guid.NewGuid().ToString("N");
                _documents[change.Key] = new StoredState(change.Json, etag);
                written[change.Key] = etag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(written);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }
        return Task.CompletedTask;
    }
}
