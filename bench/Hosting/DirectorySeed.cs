using FrontDesk.Bench.Load;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FrontDesk.Bench.Hosting;

// People the simulated users are: tenant members and staff already linked to their Teams accounts, and hosts with a
// personal chat the bot can notify (its conversation reference points at the fake connector).
public static class DirectorySeed
{
    private static readonly string[] First = ["Alice", "Bruno", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jonas"];
    private static readonly string[] Last = ["Wang", "Okafor", "Silva", "Novak", "Tanaka"];

    public const string Company = "Contoso";

    // Fifty distinct full names, so the kiosk's host search finds exactly one.
    public static string HostName(int i) => $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}";

    public static string HostAad(int i) => $"aad-host-{i}";

    public static string HostConversation(int i) => $"host-chat-{i}";

    public static async Task SeedAsync(BenchDatabase database, Uri serviceUrl, int hosts, IEnumerable<string> memberAads, IEnumerable<string> staffAads)
    {
        await using var db = database.Open();
        var now = DateTimeOffset.UtcNow;
        var company = new Company { Name = Company, Floor = "12", CreatedAt = now };
        db.Companies.Add(company);
        for (var i = 0; i < hosts; i++)
        {
            db.Members.Add(new Member { Company = company, Name = HostName(i), Email = $"host{i}@contoso.example", AadObjectId = HostAad(i), LinkedAt = now, CreatedAt = now });
            db.ConversationReferences.Add(Reference(serviceUrl, HostConversation(i), HostAad(i), now));
        }
        var n = 0;
        foreach (var aad in memberAads)
        {
            db.Members.Add(new Member { Company = company, Name = $"Member {n}", Email = $"member{n++}@contoso.example", AadObjectId = aad, LinkedAt = now, CreatedAt = now });
        }
        n = 0;
        foreach (var aad in staffAads)
        {
            db.Staff.Add(new StaffMember { Name = $"Desk {n}", Email = $"desk{n++}@building.example", Role = StaffRole.Staff, AadObjectId = aad, AddedAt = now });
        }
        await db.SaveChangesAsync();
    }

    public static ConversationReferenceRecord Reference(Uri serviceUrl, string conversationId, string aad, DateTimeOffset now)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            Conversation = new ConversationAccount(id: conversationId, conversationType: "personal", tenantId: Activities.Tenant),
            User = new ChannelAccount(Activities.TeamsUserId(aad), aadObjectId: aad),
            Bot = new ChannelAccount("28:bench-bot", "FrontDesk"),
        };
        return new ConversationReferenceRecord
        {
            ChannelId = "msteams",
            ConversationId = conversationId,
            ConversationType = "personal",
            UserId = Activities.TeamsUserId(aad),
            UserAadObjectId = aad,
            TenantId = Activities.Tenant,
            ServiceUrl = serviceUrl.ToString(),
            ReferenceJson = JsonConvert.SerializeObject(reference),
            Language = "en",
            Installed = true,
            UpdatedAt = now,
        };
    }
}
