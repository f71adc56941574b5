using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    AboutStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    AboutStaffName = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    GivenBy = table.Column<string>(type: "TEXT", nullable: true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", nullable: true),
                    ContactCompany = table.Column<string>(type: "TEXT", nullable: true),
                    ContactDetails = table.Column<string>(type: "TEXT", nullable: true),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmitToken = table.Column<string>(type: "TEXT", nullable: false),
                    FollowedUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowedUpBy = table.Column<string>(type: "TEXT", nullable: true),
                    FollowedUpByName = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Feedback");
        }
    }
}
