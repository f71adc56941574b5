using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

// Where the bot can reach people and chats later: one row per conversation, kept across restarts.
public sealed class ConversationReferences(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const string TeamsChannel = "msteams";
    public const string PersonalConversation = "personal";

    // Inserts or refreshes the row of that conversation and marks the bot installed there.
    public async Task<ConversationReferenceRecord> UpsertAsync(ConversationReferenceRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The transaction takes the write lock first, so two turns of one new conversation insert one row.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.ConversationReferences.SingleOrDefaultAsync(
            r => r.ChannelId == record.ChannelId && r.ConversationId == record.ConversationId, ct);
        if (row is null)
        {
            row = new ConversationReferenceRecord
            {
                ChannelId = record.ChannelId,
                ConversationId = record.ConversationId,
                ServiceUrl = record.ServiceUrl,
                ReferenceJson = record.ReferenceJson,
            };
            db.ConversationReferences.Add(row);
        }
        row.ServiceUrl = record.ServiceUrl;
        row.ReferenceJson = record.ReferenceJson;
        row.ConversationType = record.ConversationType ?? row.ConversationType;
        row.UserId = record.UserId ?? row.UserId;
        row.UserAadObjectId = record.UserAadObjectId ?? row.UserAadObjectId;
        row.TenantId = record.TenantId ?? row.TenantId;
        row.Language = record.Language ?? row.Language;
        row.Installed = true;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return row;
    }

    // Returns false when the conversation was never seen.
    public async Task<bool> MarkUninstalledAsync(string channelId, string conversationId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var changed = await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Installed, false).SetProperty(r => r.UpdatedAt, now), ct);
        return changed > 0;
    }

    // The newest personal Teams chat between the bot and that user where the bot is still installed.
    public async Task<ConversationReferenceRecord?> FindPersonalAsync(string aadObjectId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await NewestFirst(PersonalChats(db).Where(r => r.UserAadObjectId == aadObjectId)).FirstOrDefaultAsync(ct);
    }

    // Each user's language from their newest personal chat, in one query; users without one are left out.
    public static async Task<IReadOnlyDictionary<string, string?>> LanguagesAsync(FrontDeskDb db, IReadOnlyCollection<string> aadObjectIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var chats = await NewestFirst(PersonalChats(db).Where(r => aadObjectIds.Contains(r.UserAadObjectId!)))
            .Select(r => new { r.UserAadObjectId, r.Language }).ToListAsync(ct);
        var languages = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var chat in chats)
        {
            languages.TryAdd(chat.UserAadObjectId!, chat.Language);
        }
        return languages;
    }

    // True once the user has had a personal chat with the bot, even one they later removed it from.
    public async Task<bool> EverHadPersonalAsync(string aadObjectId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ConversationReferences.AnyAsync(r => r.ChannelId == TeamsChannel && r.ConversationType == PersonalConversation && r.UserAadObjectId == aadObjectId, ct);
    }

    // The newest Teams conversation of the tenant: where (service URL, tenant) a new chat can be opened.
    public async Task<ConversationReferenceRecord?> NewestTeamsAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await NewestFirst(db.ConversationReferences.AsNoTracking().Where(r => r.ChannelId == TeamsChannel && r.TenantId != null)).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<ConversationReferenceRecord> PersonalChats(FrontDeskDb db) =>
        db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == TeamsChannel && r.ConversationType == PersonalConversation && r.Installed);

    private static IQueryable<ConversationReferenceRecord> NewestFirst(IQueryable<ConversationReferenceRecord> chats) =>
        chats.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id);

    public async Task<ConversationReferenceRecord?> FindAsync(string channelId, string conversationId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, ct);
    }
}
