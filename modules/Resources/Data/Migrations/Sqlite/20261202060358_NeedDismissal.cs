using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Resources.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NeedDismissal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DismissedAt",
                table: "offered_needs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DismissedBy",
                table: "offered_needs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DismissedReason",
                table: "offered_needs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_offered_needs_ClientId",
                table: "offered_needs",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_offered_needs_ClientId",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedAt",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedBy",
                table: "offered_needs");

            migrationBuilder.DropColumn(
                name: "DismissedReason",
                table: "offered_needs");
        }
    }
}
