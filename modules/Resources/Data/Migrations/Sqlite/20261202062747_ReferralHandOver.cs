using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Resources.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralHandOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MadeAtStationId",
                table: "referrals",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MadeBy",
                table: "referrals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MadeAtStationId",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "MadeBy",
                table: "referrals");
        }
    }
}
