using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "elderly",
                table: "elders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "elderly",
                table: "elder_visits",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "elderly",
                table: "elders");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "elderly",
                table: "elder_visits");
        }
    }
}
