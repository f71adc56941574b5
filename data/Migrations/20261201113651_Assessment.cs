using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StaffAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AttitudeRating = table.Column<int>(type: "INTEGER", nullable: true),
                    AttitudeNote = table.Column<string>(type: "TEXT", nullable: true),
                    AttitudeByName = table.Column<string>(type: "TEXT", nullable: true),
                    AttitudeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Awarded = table.Column<bool>(type: "INTEGER", nullable: false),
                    AwardedByName = table.Column<string>(type: "TEXT", nullable: true),
                    AwardedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAssessments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAssessments_StaffId_Quarter",
                table: "StaffAssessments",
                columns: new[] { "StaffId", "Quarter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffAssessments");
        }
    }
}
