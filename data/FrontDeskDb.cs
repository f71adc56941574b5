using FrontDesk.Data.Assessment;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Privacy;
using FrontDesk.Data.Providers;
using FrontDesk.Data.Schedules;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.State;
using FrontDesk.Data.Supervision;
using FrontDesk.Data.Training;
using FrontDesk.Data.Visits;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data;

public class FrontDeskDb(DbContextOptions<FrontDeskDb> options) : DbContext(options), IDataProtectionKeyContext
{
    // The key ring that signs download links and feedback tokens, where every instance finds it (ASP.NET Data Protection).
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();
    public DbSet<BotStateEntry> BotState => Set<BotStateEntry>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<MailItem> MailItems => Set<MailItem>();
    public DbSet<MailEvent> MailEvents => Set<MailEvent>();
    public DbSet<MailSerialCounter> MailSerialCounters => Set<MailSerialCounter>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<WatchlistEntry> Watchlist => Set<WatchlistEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<PhoneMessage> PhoneMessages => Set<PhoneMessage>();
    public DbSet<PhoneMessageCounter> PhoneMessageCounters => Set<PhoneMessageCounter>();
    public DbSet<CallRecord> CallRecords => Set<CallRecord>();
    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();
    public DbSet<StaffAssessment> StaffAssessments => Set<StaffAssessment>();
    public DbSet<ScheduledRun> ScheduledRuns => Set<ScheduledRun>();
    public DbSet<RoundLease> RoundLeases => Set<RoundLease>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingSignUp> TrainingSignUps => Set<TrainingSignUp>();
    public DbSet<TrainingQuarterReminder> TrainingQuarterReminders => Set<TrainingQuarterReminder>();
    public DbSet<RulesReview> RulesReviews => Set<RulesReview>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<PrivacyNoticeVersion> PrivacyNotices => Set<PrivacyNoticeVersion>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // How a time is stored is the provider's (SQLite: a number it can compare; PostgreSQL: timestamptz).
        DatabaseDialect.Of(this).ConfigureTimes(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Company>(e =>
        {
            e.HasIndex(c => c.Name).IsUnique();
            DatabaseDialect.Of(this).IgnoreCase(modelBuilder, e.Property(c => c.Name));
        });
        modelBuilder.Entity<Member>(e =>
        {
            e.HasIndex(m => m.Email).IsUnique();
            e.HasIndex(m => m.AadObjectId).IsUnique();
            e.HasOne(m => m.Company).WithMany(c => c.Members).HasForeignKey(m => m.CompanyId);
        });
        modelBuilder.Entity<StaffMember>(e =>
        {
            e.HasIndex(s => s.Email).IsUnique();
            e.HasIndex(s => s.AadObjectId);
        });
        modelBuilder.Entity<ConversationReferenceRecord>(e =>
        {
            e.HasIndex(r => new { r.ChannelId, r.ConversationId }).IsUnique();
            e.HasIndex(r => r.UserAadObjectId);
        });
        modelBuilder.Entity<BotStateEntry>(e => e.HasKey(s => s.Key));
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.Actor, a.At });
        });
        // Each area keeps its own IEntityTypeConfiguration next to its entities.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FrontDeskDb).Assembly);
        modelBuilder.Entity<Notification>(e =>
        {
            e.HasIndex(n => n.IdempotencyKey).IsUnique();
            e.Property(n => n.IdempotencyKey).HasMaxLength(NotificationRequest.MaxKeyLength);
            e.HasIndex(n => new { n.Status, n.NextAttemptAt });
            e.HasIndex(n => n.RelatedTo);
        });
    }
}
