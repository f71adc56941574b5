namespace FrontDesk.Data.State;

// Where bot state documents live, with their ETags: the database (BotStateStore), or this process's memory
// (MemoryStateDocuments) for conversations that live nowhere else. Both keep the same rules: reads leave missing
// keys out; a conditional write must find its ETag stored; a batch is written all or nothing.
public interface IStateDocuments
{
    Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    // Returns the new ETag of each key; throws ETagConflictException (and writes nothing) on a conflict.
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateChange> changes, CancellationToken ct);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct);
}
