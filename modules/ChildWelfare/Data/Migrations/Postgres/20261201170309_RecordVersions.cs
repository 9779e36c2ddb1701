using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ChildWelfare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "child_welfare",
                table: "children",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "child_welfare",
                table: "care_visits",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "child_welfare",
                table: "children");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "child_welfare",
                table: "care_visits");
        }
    }
}
