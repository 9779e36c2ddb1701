using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.HourLedger.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "ledger",
                table: "entries",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "ledger",
                table: "entries");
        }
    }
}
