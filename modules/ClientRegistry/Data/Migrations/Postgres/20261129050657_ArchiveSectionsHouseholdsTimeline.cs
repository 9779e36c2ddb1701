using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArchiveSectionsHouseholdsTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchiveCompletedAt",
                schema: "registry",
                table: "clients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArchiveCompletedBy",
                schema: "registry",
                table: "clients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdTail",
                schema: "registry",
                table: "clients",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneTail",
                schema: "registry",
                table: "clients",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "chronic_illness",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disability",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "family_structure",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "guardian",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "housing",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "income_sources",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "psychological",
                schema: "registry",
                table: "clients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "self_care",
                schema: "registry",
                table: "clients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "support_network",
                schema: "registry",
                table: "clients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "client_name_grams",
                schema: "registry",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_name_grams", x => new { x.Gram, x.ClientId });
                    table.ForeignKey(
                        name: "FK_client_name_grams_clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "registry",
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "client_needs",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Priority = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_needs_clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "registry",
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "client_timeline",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HouseholdId = table.Column<string>(type: "character varying(32)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_members_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalSchema: "registry",
                        principalTable: "households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clients_IdTail",
                schema: "registry",
                table: "clients",
                column: "IdTail");

            migrationBuilder.CreateIndex(
                name: "IX_clients_PhoneTail",
                schema: "registry",
                table: "clients",
                column: "PhoneTail");

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId",
                schema: "registry",
                table: "client_name_grams",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_needs_ClientId",
                schema: "registry",
                table: "client_needs",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_needs_Kind_Status",
                schema: "registry",
                table: "client_needs",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_client_timeline_ClientId_At",
                schema: "registry",
                table: "client_timeline",
                columns: new[] { "ClientId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_client_timeline_SourceModule_SourceId_ClientId",
                schema: "registry",
                table: "client_timeline",
                columns: new[] { "SourceModule", "SourceId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_members_ClientId",
                schema: "registry",
                table: "household_members",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_members_HouseholdId",
                schema: "registry",
                table: "household_members",
                column: "HouseholdId");

            // Archives registered before this migration: fill the indexed tails and the name grams.
            migrationBuilder.Sql("UPDATE registry.clients SET \"IdTail\" = right(\"IdNumber\", 4) WHERE \"IdNumber\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE registry.clients SET \"PhoneTail\" = right(\"Phone\", 4) WHERE length(\"Phone\") >= 4;");
            migrationBuilder.Sql("""
                INSERT INTO registry.client_name_grams ("Gram", "ClientId")
                SELECT DISTINCT g, id FROM (
                    SELECT c."Id" AS id, substr(c."Name", i, 1) AS g FROM registry.clients c, generate_series(1, length(c."Name")) AS i
                    UNION SELECT c."Id", substr(c."Name", i, 2) FROM registry.clients c, generate_series(1, length(c."Name") - 1) AS i) AS grams
                WHERE position(' ' in g) = 0
                ON CONFLICT DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_name_grams",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "client_needs",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "client_timeline",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "household_members",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "households",
                schema: "registry");

            migrationBuilder.DropIndex(
                name: "IX_clients_IdTail",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_PhoneTail",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "ArchiveCompletedAt",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "ArchiveCompletedBy",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "IdTail",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "PhoneTail",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "chronic_illness",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "disability",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "family_structure",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "guardian",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "health",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "housing",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "income_sources",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "psychological",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "self_care",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "support_network",
                schema: "registry",
                table: "clients");
        }
    }
}
