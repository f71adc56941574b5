using FrontDesk.Data.State;

namespace FrontDesk.Tests.State;

// The storage's rules (BotStorageRules) on documents kept in memory, as a kiosk's state is on SQLite: the
// same ETag checks and all-or-nothing batches, shared by every storage of the process.
public sealed class MemoryStateDocumentsTests : BotStorageRules
{
    private readonly MemoryStateDocuments _documents = new();

    protected override IStateDocuments Documents() => _documents;
}
