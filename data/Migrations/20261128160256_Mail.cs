using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Mail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MailItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Serial = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Shelf = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoggedBy = table.Column<string>(type: "TEXT", nullable: false),
                    LoggedByName = table.Column<string>(type: "TEXT", nullable: false),
                    SubmitToken = table.Column<string>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PickupCodeHash = table.Column<string>(type: "TEXT", nullable: true),
                    WrongCodeAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", nullable: true),
                    HandedTo = table.Column<string>(type: "TEXT", nullable: true),
                    DeliverySeconds = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailSerialCounters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailSerialCounters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "MailEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MailItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_MailEvents_MailItemId_At",
                table: "MailEvents",
                columns: new[] { "MailItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_CompanyId",
                table: "MailItems",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_MailItems_PickupCodeHash",
                table: "MailItems",
                column: "PickupCodeHash");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailEvents");

            migrationBuilder.DropTable(
                name: "MailSerialCounters");

            migrationBuilder.DropTable(
                name: "MailItems");
        }
    }
}
