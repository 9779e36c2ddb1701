using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderVisitNeedKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NeedKind",
                table: "elder_visits",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NeedKind",
                table: "elder_visits");
        }
    }
}
