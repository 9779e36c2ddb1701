using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Resources.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NeedDismissal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DismissedAt",
                schema: "resources",
                table: "offered_needs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DismissedBy",
                schema: "resources",
                table: "offered_needs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DismissedReason",
                schema: "resources",
                table: "offered_needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_offered_needs_ClientId",
                schema: "resources",
                table: "offered_needs",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_offered_needs_ClientId",
                schema: "resources",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedAt",
                schema: "resources",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedBy",
                schema: "resources",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedReason",
                schema: "resources",
                table: "offered_needs");
        }
    }
}
