using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FrontDesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:frontdesk_nocase", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BotState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "CallRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    CallerNumber = table.Column<string>(type: "text", nullable: true),
                    WaitSeconds = table.Column<int>(type: "integer", nullable: true),
                    Answered = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredBy = table.Column<string>(type: "text", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "frontdesk_nocase"),
                    Floor = table.Column<string>(type: "text", nullable: true),
                    Suite = table.Column<string>(type: "text", nullable: true),
                    Aliases = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: false),
                    ConversationType = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UserAadObjectId = table.Column<string>(type: "text", nullable: true),
                    TenantId = table.Column<string>(type: "text", nullable: true),
                    ServiceUrl = table.Column<string>(type: "text", nullable: false),
                    ReferenceJson = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "text", nullable: true),
                    Installed = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    AboutStaffId = table.Column<int>(type: "integer", nullable: true),
                    AboutStaffName = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: true),
                    GivenBy = table.Column<string>(type: "text", nullable: true),
                    MemberId = table.Column<int>(type: "integer", nullable: true),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    RecordedByName = table.Column<string>(type: "text", nullable: true),
                    VisitId = table.Column<int>(type: "integer", nullable: true),
                    ContactAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: true),
                    ContactCompany = table.Column<string>(type: "text", nullable: true),
                    ContactDetails = table.Column<string>(type: "text", nullable: true),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmitToken = table.Column<string>(type: "text", nullable: false),
                    FollowedUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowedUpBy = table.Column<string>(type: "text", nullable: true),
                    FollowedUpByName = table.Column<string>(type: "text", nullable: true),
                    FollowUpNote = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Serial = table.Column<string>(type: "text", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    RecipientMemberId = table.Column<int>(type: "integer", nullable: true),
                    RecipientName = table.Column<string>(type: "text", nullable: false),
                    CompanyName = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Carrier = table.Column<string>(type: "text", nullable: true),
                    TrackingNumber = table.Column<string>(type: "text", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Shelf = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoggedBy = table.Column<string>(type: "text", nullable: false),
                    LoggedByName = table.Column<string>(type: "text", nullable: false),
                    SubmitToken = table.Column<string>(type: "text", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PickupCodeHash = table.Column<string>(type: "text", nullable: true),
                    WrongCodeAttempts = table.Column<int>(type: "integer", nullable: false),
                    LockedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "text", nullable: true),
                    ClosedByName = table.Column<string>(type: "text", nullable: true),
                    HandedTo = table.Column<string>(type: "text", nullable: true),
                    DeliverySeconds = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailSerialCounters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "text", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailSerialCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: true),
                    RecipientAadObjectId = table.Column<string>(type: "text", nullable: true),
                    ActivityJson = table.Column<string>(type: "text", nullable: false),
                    ReplacesActivityId = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    RelatedTo = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentConversationId = table.Column<string>(type: "text", nullable: true),
                    SentActivityId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhoneMessageCounters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "text", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneMessageCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "PhoneMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    CallerName = table.Column<string>(type: "text", nullable: false),
                    CallerCompany = table.Column<string>(type: "text", nullable: true),
                    CallerPhone = table.Column<string>(type: "text", nullable: true),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    RecipientMemberId = table.Column<int>(type: "integer", nullable: true),
                    RecipientName = table.Column<string>(type: "text", nullable: false),
                    CompanyName = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    CallBackRequested = table.Column<bool>(type: "boolean", nullable: false),
                    AnswerSpeed = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "text", nullable: false),
                    TakenByName = table.Column<string>(type: "text", nullable: false),
                    SubmitToken = table.Column<string>(type: "text", nullable: false),
                    NotifiedCount = table.Column<int>(type: "integer", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CalledBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CalledBackBy = table.Column<string>(type: "text", nullable: true),
                    CalledBackByName = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyNotices",
                columns: table => new
                {
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    FirstAcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyNotices", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "RulesReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Changes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedByStaffId = table.Column<int>(type: "integer", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CallsFromRecords = table.Column<bool>(type: "boolean", nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    CallsWithinThreeRings = table.Column<int>(type: "integer", nullable: false),
                    MailJudged = table.Column<int>(type: "integer", nullable: false),
                    MailInTime = table.Column<int>(type: "integer", nullable: false),
                    HostAnswers = table.Column<int>(type: "integer", nullable: false),
                    HostResponseMedianMinutes = table.Column<double>(type: "double precision", nullable: true),
                    VisitorWaits = table.Column<int>(type: "integer", nullable: false),
                    VisitorWaitMedianMinutes = table.Column<double>(type: "double precision", nullable: true),
                    VisitorWaitsWithinStandard = table.Column<int>(type: "integer", nullable: false),
                    WaitStandardMinutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledRuns", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    AadObjectId = table.Column<string>(type: "text", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AttitudeRating = table.Column<int>(type: "integer", nullable: true),
                    AttitudeNote = table.Column<string>(type: "text", nullable: true),
                    AttitudeByName = table.Column<string>(type: "text", nullable: true),
                    AttitudeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Awarded = table.Column<bool>(type: "boolean", nullable: false),
                    AwardedByName = table.Column<string>(type: "text", nullable: true),
                    AwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingQuarterReminders",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffReminded = table.Column<int>(type: "integer", nullable: false),
                    ManagersTold = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingQuarterReminders", x => x.Quarter);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "text", nullable: false),
                    Trainer = table.Column<string>(type: "text", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedByName = table.Column<string>(type: "text", nullable: false),
                    SubmitToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledByName = table.Column<string>(type: "text", nullable: true),
                    CancelReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Watchlist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Company = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Watchlist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    AadObjectId = table.Column<string>(type: "text", nullable: true),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MailEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MailItemId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    ActorName = table.Column<string>(type: "text", nullable: false),
                    Details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailEvents_MailItems_MailItemId",
                        column: x => x.MailItemId,
                        principalTable: "MailItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Shifts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmitToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shifts_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSignUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    StaffName = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SignedUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attendance = table.Column<int>(type: "integer", nullable: true),
                    AttendanceMarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AttendanceMarkedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSignUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSignUps_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingSignUps_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    WalkIn = table.Column<bool>(type: "boolean", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: true),
                    VisitorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VisitorCompany = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VisitorPhone = table.Column<string>(type: "text", nullable: true),
                    VisitorEmail = table.Column<string>(type: "text", nullable: true),
                    Guests = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HostMemberId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    ExpectedFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpectedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedOutBy = table.Column<string>(type: "text", nullable: true),
                    AutoCheckedOut = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsentVersion = table.Column<string>(type: "text", nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LobbyConversationId = table.Column<string>(type: "text", nullable: true),
                    LobbyLocale = table.Column<string>(type: "text", nullable: true),
                    HostAnswer = table.Column<int>(type: "integer", nullable: true),
                    WaitMinutes = table.Column<int>(type: "integer", nullable: true),
                    HostAnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HostAnsweredBy = table.Column<int>(type: "integer", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeskServedBy = table.Column<string>(type: "text", nullable: true),
                    DeskServedByName = table.Column<string>(type: "text", nullable: true),
                    DeskServedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverstayFlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WatchlistEntryId = table.Column<int>(type: "integer", nullable: true),
                    SubmitToken = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_Members_HostMemberId",
                        column: x => x.HostMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Actor_At",
                table: "Audit",
                columns: new[] { "Actor", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_At",
                table: "Audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_Key",
                table: "CallRecords",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_StartedAt",
                table: "CallRecords",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_StartedAt_Direction",
                table: "CallRecords",
                columns: new[] { "StartedAt", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Name",
                table: "Companies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_ChannelId_ConversationId",
                table: "ConversationReferences",
                columns: new[] { "ChannelId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_UserAadObjectId",
                table: "ConversationReferences",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_AboutStaffId",
                table: "Feedback",
                column: "AboutStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_GivenAt",
                table: "Feedback",
                column: "GivenAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_GivenBy",
                table: "Feedback",
                column: "GivenBy");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SubmitToken",
                table: "Feedback",
                column: "SubmitToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_VisitId",
                table: "Feedback",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_MailEvents_MailItemId_At",
                table: "MailEvents",
                columns: new[] { "MailItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_ClosedAt",
                table: "MailItems",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_CompanyId",
                table: "MailItems",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_PickupCodeHash",
                table: "MailItems",
                column: "PickupCodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_ReceivedAt",
                table: "MailItems",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_Serial",
                table: "MailItems",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_Status_ReceivedAt",
                table: "MailItems",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_SubmitToken",
                table: "MailItems",
                column: "SubmitToken");

            migrationBuilder.CreateIndex(
                name: "IX_Members_AadObjectId",
                table: "Members",
                column: "AadObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_CompanyId",
                table: "Members",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Email",
                table: "Members",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_IdempotencyKey",
                table: "Notifications",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RelatedTo",
                table: "Notifications",
                column: "RelatedTo");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Status_NextAttemptAt",
                table: "Notifications",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_CompanyId_Status",
                table: "PhoneMessages",
                columns: new[] { "CompanyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_Reference",
                table: "PhoneMessages",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_SubmitToken",
                table: "PhoneMessages",
                column: "SubmitToken");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_TakenAt",
                table: "PhoneMessages",
                column: "TakenAt");

            migrationBuilder.CreateIndex(
                name: "IX_RulesReviews_PeriodFrom_PeriodTo",
                table: "RulesReviews",
                columns: new[] { "PeriodFrom", "PeriodTo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulesReviews_RecordedAt",
                table: "RulesReviews",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_Date_StaffId",
                table: "Shifts",
                columns: new[] { "Date", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_StaffId",
                table: "Shifts",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_SubmitToken",
                table: "Shifts",
                column: "SubmitToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_AadObjectId",
                table: "Staff",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Email",
                table: "Staff",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAssessments_StaffId_Quarter",
                table: "StaffAssessments",
                columns: new[] { "StaffId", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_StartsAt",
                table: "TrainingSessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_SubmitToken",
                table: "TrainingSessions",
                column: "SubmitToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSignUps_SessionId_StaffId",
                table: "TrainingSignUps",
                columns: new[] { "SessionId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSignUps_StaffId_Attendance",
                table: "TrainingSignUps",
                columns: new[] { "StaffId", "Attendance" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_AnonymisedAt",
                table: "Visits",
                column: "AnonymisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ArrivedAt",
                table: "Visits",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Code",
                table: "Visits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CompanyId",
                table: "Visits",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ExpectedFrom",
                table: "Visits",
                column: "ExpectedFrom");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_HostMemberId",
                table: "Visits",
                column: "HostMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Status_CheckedInAt",
                table: "Visits",
                columns: new[] { "Status", "CheckedInAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SubmitToken",
                table: "Visits",
                column: "SubmitToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Watchlist_Active",
                table: "Watchlist",
                column: "Active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "BotState");

            migrationBuilder.DropTable(
                name: "CallRecords");

            migrationBuilder.DropTable(
                name: "ConversationReferences");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "MailEvents");

            migrationBuilder.DropTable(
                name: "MailSerialCounters");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PhoneMessageCounters");

            migrationBuilder.DropTable(
                name: "PhoneMessages");

            migrationBuilder.DropTable(
                name: "PrivacyNotices");

            migrationBuilder.DropTable(
                name: "RulesReviews");

            migrationBuilder.DropTable(
                name: "ScheduledRuns");

            migrationBuilder.DropTable(
                name: "Shifts");

            migrationBuilder.DropTable(
                name: "StaffAssessments");

            migrationBuilder.DropTable(
                name: "TrainingQuarterReminders");

            migrationBuilder.DropTable(
                name: "TrainingSignUps");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "Watchlist");

            migrationBuilder.DropTable(
                name: "MailItems");

            migrationBuilder.DropTable(
                name: "Staff");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Companies");
        }
    }
}
