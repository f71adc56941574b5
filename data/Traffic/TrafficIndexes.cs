using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Traffic;

// The indexes DeskTraffic's range scans read (each covers its query, so the table rows are never touched): kept
// here beside the queries rather than in each area's own configuration.
internal sealed class TrafficIndexes : IEntityTypeConfiguration<Visit>, IEntityTypeConfiguration<MailItem>, IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<Visit> e) => e.HasIndex(v => v.ArrivedAt);

    public void Configure(EntityTypeBuilder<MailItem> e)
    {
        e.HasIndex(m => m.ReceivedAt);
        e.HasIndex(m => m.ClosedAt);
    }

    public void Configure(EntityTypeBuilder<CallRecord> e) => e.HasIndex(r => new { r.StartedAt, r.Direction });
}
