using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Staff.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditEntryIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntryId",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntryId",
                table: "audit_entries",
                column: "EntryId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entries_EntryId",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "EntryId",
                table: "audit_entries");
        }
    }
}
