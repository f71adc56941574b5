using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Visits_ArrivedAt_WalkIn_HostAnsweredAt_DeskServedAt",
                table: "Visits",
                columns: new[] { "ArrivedAt", "WalkIn", "HostAnsweredAt", "DeskServedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_EscalatedAt",
                table: "Visits",
                column: "EscalatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ExpectedFrom_WalkIn_Status",
                table: "Visits",
                columns: new[] { "ExpectedFrom", "WalkIn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_Status_Urgent",
                table: "PhoneMessages",
                columns: new[] { "Status", "Urgent" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneMessages_TakenAt_AnswerSpeed",
                table: "PhoneMessages",
                columns: new[] { "TakenAt", "AnswerSpeed" });

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_ReceivedAt_Status_ClosedAt_DeliverySeconds",
                table: "MailItems",
                columns: new[] { "ReceivedAt", "Status", "ClosedAt", "DeliverySeconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Visits_ArrivedAt_WalkIn_HostAnsweredAt_DeskServedAt",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Visits_EscalatedAt",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Visits_ExpectedFrom_WalkIn_Status",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_PhoneMessages_Status_Urgent",
                table: "PhoneMessages");

            migrationBuilder.DropIndex(
                name: "IX_PhoneMessages_TakenAt_AnswerSpeed",
                table: "PhoneMessages");

            migrationBuilder.DropIndex(
                name: "IX_MailItems_ReceivedAt_Status_ClosedAt_DeliverySeconds",
                table: "MailItems");
        }
    }
}
