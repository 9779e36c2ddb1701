using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Staff.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditEntryIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntryId",
                schema: "staff",
                table: "audit_entries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntryId",
                schema: "staff",
                table: "audit_entries",
                column: "EntryId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entries_EntryId",
                schema: "staff",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "EntryId",
                schema: "staff",
                table: "audit_entries");
        }
    }
}
