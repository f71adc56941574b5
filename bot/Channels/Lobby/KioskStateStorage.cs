using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.Lobby;
using FrontDesk.Data.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// The bot's state storage, with the kiosk's conversations' state kept where those conversations live. On the local
// Direct Line with a database no other instance shares (SQLite), a kiosk conversation lives in this process's memory
// and ends with it, so its state (the forms it shows, the codes tried) lives in memory beside it: a kiosk turn then
// writes nothing to the database but the records it makes. With Azure's Direct Line, or several instances on one
// database, the conversation outlives the process or moves between instances, and its state is in the database.
// Everything else (Teams) is in the database. ConversationState and UserState write one key per call, so a batch
// never spans both stores.
public sealed class KioskStateStorage : IStorage
{
    private const string KioskKeyPrefix = Microsoft.Bot.Connector.Channels.Directline + "/";

    private readonly DocumentBotStorage _database;
    private readonly Lazy<DocumentBotStorage?> _memory;

    public KioskStateStorage(BotStateStore database, LobbyConversations conversations, IOptions<LobbyOptions> options)
    {
        _database = new DocumentBotStorage(database);
        _memory = new(() => options.Value.DirectLine.Mode == DirectLineMode.Local && !conversations.Shared
            ? new DocumentBotStorage(new MemoryStateDocuments())
            : null);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (_memory.Value is not { } memory)
        {
            return await _database.ReadAsync(keys, cancellationToken);
        }
        var (kiosk, other) = Split(keys);
        var items = kiosk.Length == 0 ? new Dictionary<string, object>(StringComparer.Ordinal) : await memory.ReadAsync(kiosk, cancellationToken);
        if (other.Length > 0)
        {
            foreach (var (key, value) in await _database.ReadAsync(other, cancellationToken))
            {
                items[key] = value;
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_memory.Value is not { } memory)
        {
            await _database.WriteAsync(changes, cancellationToken);
            return;
        }
        var kiosk = changes.Where(c => IsKiosk(c.Key)).ToDictionary(StringComparer.Ordinal);
        if (kiosk.Count > 0)
        {
            await memory.WriteAsync(kiosk, cancellationToken);
        }
        if (kiosk.Count < changes.Count)
        {
            await _database.WriteAsync(changes.Where(c => !IsKiosk(c.Key)).ToDictionary(StringComparer.Ordinal), cancellationToken);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (_memory.Value is not { } memory)
        {
            await _database.DeleteAsync(keys, cancellationToken);
            return;
        }
        var (kiosk, other) = Split(keys);
        await memory.DeleteAsync(kiosk, cancellationToken);
        await _database.DeleteAsync(other, cancellationToken);
    }

    private static bool IsKiosk(string key) => key.StartsWith(KioskKeyPrefix, StringComparison.Ordinal);

    private static (string[] Kiosk, string[] Other) Split(string[] keys) =>
        ([.. keys.Where(IsKiosk)], [.. keys.Where(k => !IsKiosk(k))]);
}
