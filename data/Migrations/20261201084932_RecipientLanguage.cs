using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecipientLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ConversationReferences",
                type: "TEXT",
                nullable: true);

            // Rows captured before: their language from the stored reference's locale (as Catalog.Normalize
            // maps it); anything else stays null, which means the fallback language.
            migrationBuilder.Sql("""
                UPDATE ConversationReferences
                SET Language = CASE
                    WHEN lower(trim(json_extract(ReferenceJson, '$.locale'))) LIKE 'zh%' THEN 'zh-Hans'
                    WHEN lower(trim(json_extract(ReferenceJson, '$.locale'))) LIKE 'en%' THEN 'en'
                END
                WHERE json_valid(ReferenceJson);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "ConversationReferences");
        }
    }
}
