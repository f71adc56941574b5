using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class LobbyConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LobbyConversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Counter = table.Column<long>(type: "INTEGER", nullable: false),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenGeneration = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActive = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitorSpokeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StreamEpoch = table.Column<long>(type: "INTEGER", nullable: false),
                    StreamOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    StreamLostAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LobbyConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LobbySigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LobbySigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LobbyActivities",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LobbyActivities", x => new { x.ConversationId, x.Watermark });
                    table.ForeignKey(
                        name: "FK_LobbyActivities_LobbyConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "LobbyConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LobbyActivities_ConversationId_ActivityId",
                table: "LobbyActivities",
                columns: new[] { "ConversationId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LobbyConversations_LastActive",
                table: "LobbyConversations",
                column: "LastActive");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LobbyActivities");

            migrationBuilder.DropTable(
                name: "LobbySigningKeys");

            migrationBuilder.DropTable(
                name: "LobbyConversations");
        }
    }
}
