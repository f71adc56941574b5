using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Calls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    CallerNumber = table.Column<string>(type: "TEXT", nullable: true),
                    WaitSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhoneMessageCounters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneMessageCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "PhoneMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", nullable: false),
                    CallerCompany = table.Column<string>(type: "TEXT", nullable: true),
                    CallerPhone = table.Column<string>(type: "TEXT", nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CallBackRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerSpeed = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", nullable: false),
                    TakenByName = table.Column<string>(type: "TEXT", nullable: false),
                    SubmitToken = table.Column<string>(type: "TEXT", nullable: false),
                    NotifiedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CalledBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalledBackBy = table.Column<string>(type: "TEXT", nullable: true),
                    CalledBackByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneMessages", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallRecords");

            migrationBuilder.DropTable(
                name: "PhoneMessageCounters");

            migrationBuilder.DropTable(
                name: "PhoneMessages");
        }
    }
}
