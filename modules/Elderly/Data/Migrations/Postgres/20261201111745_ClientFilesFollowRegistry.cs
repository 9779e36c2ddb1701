using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClientFilesFollowRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                schema: "elderly",
                table: "elders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                schema: "elderly",
                table: "elders",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "client_file_history",
                schema: "elderly",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_file_history", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_file_history_ClientId",
                schema: "elderly",
                table: "client_file_history",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_file_history",
                schema: "elderly");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                schema: "elderly",
                table: "elders");

            migrationBuilder.DropColumn(
                name: "State",
                schema: "elderly",
                table: "elders");
        }
    }
}
