using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Roster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Shifts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmitToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ArrivedAt",
                table: "Visits",
                column: "ArrivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_ClosedAt",
                table: "MailItems",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_ReceivedAt",
                table: "MailItems",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_StartedAt_Direction",
                table: "CallRecords",
                columns: new[] { "StartedAt", "Direction" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Shifts");

            migrationBuilder.DropIndex(
                name: "IX_Visits_ArrivedAt",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_MailItems_ClosedAt",
                table: "MailItems");

            migrationBuilder.DropIndex(
                name: "IX_MailItems_ReceivedAt",
                table: "MailItems");

            migrationBuilder.DropIndex(
                name: "IX_CallRecords_StartedAt_Direction",
                table: "CallRecords");
        }
    }
}
