using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RulesReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CallsFromRecords = table.Column<bool>(type: "INTEGER", nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsWithinThreeRings = table.Column<int>(type: "INTEGER", nullable: false),
                    MailJudged = table.Column<int>(type: "INTEGER", nullable: false),
                    MailInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    HostAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    HostResponseMedianMinutes = table.Column<double>(type: "REAL", nullable: true),
                    VisitorWaits = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorWaitMedianMinutes = table.Column<double>(type: "REAL", nullable: true),
                    VisitorWaitsWithinStandard = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitStandardMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RulesReviews_PeriodFrom_PeriodTo",
                table: "RulesReviews",
                columns: new[] { "PeriodFrom", "PeriodTo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulesReviews_RecordedAt",
                table: "RulesReviews",
                column: "RecordedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RulesReviews");
        }
    }
}
