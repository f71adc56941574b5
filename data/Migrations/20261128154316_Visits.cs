using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Visits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    WalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: true),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitorCompany = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VisitorPhone = table.Column<string>(type: "TEXT", nullable: true),
                    VisitorEmail = table.Column<string>(type: "TEXT", nullable: true),
                    Guests = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HostMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpectedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutBy = table.Column<string>(type: "TEXT", nullable: true),
                    AutoCheckedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LobbyConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    LobbyLocale = table.Column<string>(type: "TEXT", nullable: true),
                    HostAnswer = table.Column<int>(type: "INTEGER", nullable: true),
                    WaitMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    HostAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HostAnsweredBy = table.Column<int>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverstayFlaggedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WatchlistEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmitToken = table.Column<string>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Watchlist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Company = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Watchlist", x => x.Id);
                });

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
                name: "Visits");

            migrationBuilder.DropTable(
                name: "Watchlist");
        }
    }
}
