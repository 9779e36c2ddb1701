using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Resources.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralHandOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MadeAtStationId",
                schema: "resources",
                table: "referrals",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MadeBy",
                schema: "resources",
                table: "referrals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MadeAtStationId",
                schema: "resources",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "MadeBy",
                schema: "resources",
                table: "referrals");
        }
    }
}
