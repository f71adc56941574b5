using FrontDesk.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

// Where the bot can reach people later: one row per channel conversation, refreshed on every contact.
public sealed class ConversationReferences(IDbContextFactory<FrontDeskDb> dbs)
{
    public async Task UpsertAsync(ConversationReferenceRecord record, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = await db.ConversationReferences
            .FirstOrDefaultAsync(r => r.ChannelId == record.ChannelId && r.ConversationId == record.ConversationId, ct);
        if (existing is null)
        {
            record.Installed = true;
            db.ConversationReferences.Add(record);
        }
        else
        {
            existing.ConversationType = record.ConversationType ?? existing.ConversationType;
            existing.UserId = record.UserId ?? existing.UserId;
            existing.UserAadObjectId = record.UserAadObjectId ?? existing.UserAadObjectId;
            existing.TenantId = record.TenantId ?? existing.TenantId;
            existing.ServiceUrl = record.ServiceUrl;
            existing.ReferenceJson = record.ReferenceJson;
            existing.Installed = true;
            existing.UpdatedAt = record.UpdatedAt;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two first messages of one conversation at once: the other turn inserted it; update instead.
            await UpsertAsync(record, ct);
        }
    }

    public async Task MarkUninstalledAsync(string channelId, string conversationId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Installed, false), ct);
    }

    // The newest installed one-to-one Teams chat with that user, where personal notifications go.
    public async Task<ConversationReferenceRecord?> FindPersonalAsync(string aadObjectId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ChannelId == "msteams" && r.ConversationType == "personal" && r.Installed)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<ConversationReferenceRecord?> FindAsync(string channelId, string conversationId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ConversationReferences.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, ct);
    }
}
