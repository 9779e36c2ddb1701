using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.HourLedger.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxClaimHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LockedBy",
                table: "outbox_messages");
        }
    }
}
