using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "Visits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentVersion",
                table: "Visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrivacyNotices",
                columns: table => new
                {
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    FirstAcceptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyNotices", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_AnonymisedAt",
                table: "Visits",
                column: "AnonymisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Actor_At",
                table: "Audit",
                columns: new[] { "Actor", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyNotices");

            migrationBuilder.DropIndex(
                name: "IX_Visits_AnonymisedAt",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Audit_Actor_At",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "ConsentVersion",
                table: "Visits");
        }
    }
}
