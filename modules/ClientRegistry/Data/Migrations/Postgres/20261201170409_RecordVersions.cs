using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "registry",
                table: "households",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "registry",
                table: "clients",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "registry",
                table: "households");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "registry",
                table: "clients");
        }
    }
}
