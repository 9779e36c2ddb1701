using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ChildWelfare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxClaimHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "child_welfare",
                table: "outbox_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "child_welfare",
                table: "outbox_messages");
        }
    }
}
