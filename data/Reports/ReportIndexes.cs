using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Reports;

// The indexes the daily summary's and weekly report's counts read, each covering its query, so a week of a million-visit
// table is counted from the index alone (the plan without them: a scan of every visit for the escalations, a lookup of
// every row of the week for walk-ins, waits and mail judged, a scan of every phone message for the open urgent ones).
internal sealed class ReportIndexes : IEntityTypeConfiguration<Visit>, IEntityTypeConfiguration<MailItem>, IEntityTypeConfiguration<PhoneMessage>
{
    public void Configure(EntityTypeBuilder<Visit> e)
    {
        e.HasIndex(v => new { v.ArrivedAt, v.WalkIn, v.HostAnsweredAt, v.DeskServedAt });
        e.HasIndex(v => new { v.ExpectedFrom, v.WalkIn, v.Status });
        e.HasIndex(v => v.EscalatedAt);
    }

    public void Configure(EntityTypeBuilder<MailItem> e) => e.HasIndex(m => new { m.ReceivedAt, m.Status, m.ClosedAt, m.DeliverySeconds });

    public void Configure(EntityTypeBuilder<PhoneMessage> e)
    {
        e.HasIndex(m => new { m.Status, m.Urgent });
        e.HasIndex(m => new { m.TakenAt, m.AnswerSpeed });
    }
}
