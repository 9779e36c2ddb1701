using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialWork.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "socialwork",
                table: "visits",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "socialwork",
                table: "groups",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "socialwork",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "socialwork",
                table: "activities",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "socialwork",
                table: "visits");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "socialwork",
                table: "groups");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "socialwork",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "socialwork",
                table: "activities");
        }
    }
}
