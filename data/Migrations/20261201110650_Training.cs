using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingQuarterReminders",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffReminded = table.Column<int>(type: "INTEGER", nullable: false),
                    ManagersTold = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingQuarterReminders", x => x.Quarter);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", nullable: false),
                    Trainer = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", nullable: false),
                    SubmitToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledByName = table.Column<string>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSignUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedUpAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: true),
                    AttendanceMarkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AttendanceMarkedBy = table.Column<string>(type: "TEXT", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingQuarterReminders");

            migrationBuilder.DropTable(
                name: "TrainingSignUps");

            migrationBuilder.DropTable(
                name: "TrainingSessions");
        }
    }
}
