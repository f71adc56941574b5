using System.Text.Json.Nodes;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Privacy;

// A day at the desk as the privacy tests need it: a walk-in at the kiosk whom the host lets in, who checks out
// and leaves feedback with a comment and their phone; the host and a manager are in Teams.
public sealed class PrivacyScene : IAsyncDisposable
{
    public PrivacyScene(Action<FrontDeskApp>? configure = null) => H = new KioskHarness(configure);

    public KioskHarness H { get; }

    public TeamsUser Host { get; private set; } = null!;

    public TeamsUser Manager { get; private set; } = null!;

    public async Task StartAsync()
    {
        Host = await H.HostInChatAsync("Alice Wang", "Contoso");
        Manager = await H.Teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        await H.Teams.SayAsync(Manager, "hi");
        // The first look at the schedules sets their start: nothing before now is due.
        await RunSchedulesAsync();
    }

    // The kiosk conversation of the latest WalkInAsync.
    public KioskVisitor LastVisitor { get; private set; } = null!;

    public Task<IReadOnlyList<string>> RunSchedulesAsync() => H.Get<ScheduleRunner>().RunDueAsync();

    // Registers at the kiosk, is let in by the host, checks out and rates the visit.
    public async Task<Visit> WalkInAsync(string name = "Li Lei", string company = "Tailspin", string purpose = "Interview",
        string comment = "The badge took long.", string phone = "138 0000 1234")
    {
        var visitor = await H.VisitorAsync();
        LastVisitor = visitor;
        await visitor.TapAsync("walkin");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject
        {
            ["name"] = name,
            ["company"] = company,
            ["host"] = "Alice Wang",
            ["purpose"] = purpose,
            ["consent"] = "true",
        });
        var visit = (await H.VisitsAsync()).Last();
        await H.DrainAsync();
        await H.Teams.PressAsync(Host, await H.ArrivalCardAsync(Host, visit.Id), "Let in");
        await H.DrainAsync();
        await visitor.TapAsync("leaving");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["who"] = name });
        await visitor.SubmitAsync(await visitor.LastCardAsync(), []);
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject
        {
            ["rating"] = "2",
            ["category"] = "Reception",
            ["comment"] = comment,
            ["about"] = "",
            ["contact"] = "true",
            ["contactName"] = name,
            ["contactDetails"] = phone,
        });
        await H.DrainAsync();
        return await H.Teams.WithDbAsync(db => db.Visits.AsNoTracking().SingleAsync(v => v.Id == visit.Id));
    }

    public Task<Visit> VisitAsync(int id) => H.Teams.WithDbAsync(db => db.Visits.AsNoTracking().SingleAsync(v => v.Id == id));

    public Task<FeedbackEntry> FeedbackOfAsync(int visitId) => H.Teams.WithDbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.VisitId == visitId));

    // Every stored text that could still hold the visitor's name: visits, feedback, the outbox, the audit log.
    public Task<List<string>> WhereMentionedAsync(string text) => H.Teams.WithDbAsync(async db =>
    {
        var found = new List<string>();
        found.AddRange((await db.Visits.AsNoTracking().ToListAsync()).Where(v => $"{v.VisitorName}|{v.VisitorCompany}|{v.Purpose}|{v.VisitorPhone}|{v.VisitorEmail}".Contains(text, StringComparison.Ordinal)).Select(v => $"visit {v.Id}"));
        found.AddRange((await db.Feedback.AsNoTracking().ToListAsync()).Where(f => $"{f.Comment}|{f.ContactName}|{f.ContactDetails}|{f.FollowUpNote}".Contains(text, StringComparison.Ordinal)).Select(f => $"feedback {f.Id}"));
        found.AddRange((await db.Notifications.AsNoTracking().ToListAsync()).Where(n => n.ActivityJson.Contains(text, StringComparison.Ordinal)).Select(n => $"notification {n.IdempotencyKey}"));
        found.AddRange((await db.Audit.AsNoTracking().ToListAsync()).Where(a => $"{a.Subject}|{a.Details}".Contains(text, StringComparison.Ordinal)).Select(a => $"audit {a.Action}"));
        return found;
    });

    public ValueTask DisposeAsync() => H.DisposeAsync();
}
