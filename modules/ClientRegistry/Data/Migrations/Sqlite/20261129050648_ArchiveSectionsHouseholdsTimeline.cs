using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArchiveSectionsHouseholdsTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchiveCompletedAt",
                table: "clients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArchiveCompletedBy",
                table: "clients",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdTail",
                table: "clients",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneTail",
                table: "clients",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "chronic_illness",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disability",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "family_structure",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "housing",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "income_sources",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "psychological",
                table: "clients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "self_care",
                table: "clients",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "support_network",
                table: "clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "client_name_grams",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_name_grams", x => new { x.Gram, x.ClientId });
                    table.ForeignKey(
                        name: "FK_client_name_grams_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "client_needs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_needs_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "client_timeline",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HouseholdId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_members_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clients_IdTail",
                table: "clients",
                column: "IdTail");

            migrationBuilder.CreateIndex(
                name: "IX_clients_PhoneTail",
                table: "clients",
                column: "PhoneTail");

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId",
                table: "client_name_grams",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_needs_ClientId",
                table: "client_needs",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_needs_Kind_Status",
                table: "client_needs",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_client_timeline_ClientId_At",
                table: "client_timeline",
                columns: new[] { "ClientId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_client_timeline_SourceModule_SourceId_ClientId",
                table: "client_timeline",
                columns: new[] { "SourceModule", "SourceId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_members_ClientId",
                table: "household_members",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_members_HouseholdId",
                table: "household_members",
                column: "HouseholdId");

            // Archives registered before this migration: fill the indexed tails and the name grams.
            migrationBuilder.Sql("UPDATE clients SET IdTail = substr(IdNumber, -4) WHERE IdNumber IS NOT NULL;");
            migrationBuilder.Sql("UPDATE clients SET PhoneTail = substr(Phone, -4) WHERE length(Phone) >= 4;");
            migrationBuilder.Sql("""
                WITH RECURSIVE pos(id, name, i) AS (SELECT Id, Name, 1 FROM clients UNION ALL SELECT id, name, i + 1 FROM pos WHERE i < length(name))
                INSERT OR IGNORE INTO client_name_grams (Gram, ClientId)
                SELECT substr(name, i, 1), id FROM pos WHERE substr(name, i, 1) <> ' '
                UNION SELECT substr(name, i, 2), id FROM pos WHERE i < length(name) AND instr(substr(name, i, 2), ' ') = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_name_grams");

            migrationBuilder.DropTable(
                name: "client_needs");

            migrationBuilder.DropTable(
                name: "client_timeline");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropIndex(
                name: "IX_clients_IdTail",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_PhoneTail",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "ArchiveCompletedAt",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "ArchiveCompletedBy",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "IdTail",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "PhoneTail",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "chronic_illness",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "disability",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "family_structure",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "guardian",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "health",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "housing",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "income_sources",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "psychological",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "self_care",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "support_network",
                table: "clients");
        }
    }
}
