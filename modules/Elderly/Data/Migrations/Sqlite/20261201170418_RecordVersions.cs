using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "elders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "elder_visits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "elders");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "elder_visits");
        }
    }
}
