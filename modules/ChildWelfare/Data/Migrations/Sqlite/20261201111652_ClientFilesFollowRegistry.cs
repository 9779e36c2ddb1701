using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ChildWelfare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientFilesFollowRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "children",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "children",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "client_file_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_file_history", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_file_history_ClientId",
                table: "client_file_history",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_file_history");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "children");

            migrationBuilder.DropColumn(
                name: "State",
                table: "children");
        }
    }
}
