using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "elderly");

            migrationBuilder.CreateTable(
                name: "elder_visits",
                schema: "elderly",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Health = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Safety = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Living = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elder_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elders",
                schema: "elderly",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Situation = table.Column<int>(type: "integer", nullable: false),
                    Eating = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Dressing = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Transfer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Toileting = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Walking = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Bathing = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EmergencyContacts = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Carer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Tier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Every = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elders", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "elderly",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elder_visits_ClientId_VisitedOn",
                schema: "elderly",
                table: "elder_visits",
                columns: new[] { "ClientId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elder_visits_StationId_VisitedOn",
                schema: "elderly",
                table: "elder_visits",
                columns: new[] { "StationId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elders_StationId_Every",
                schema: "elderly",
                table: "elders",
                columns: new[] { "StationId", "Every" });

            migrationBuilder.CreateIndex(
                name: "IX_elders_WorkerId_Every",
                schema: "elderly",
                table: "elders",
                columns: new[] { "WorkerId", "Every" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                schema: "elderly",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "elderly",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elder_visits",
                schema: "elderly");

            migrationBuilder.DropTable(
                name: "elders",
                schema: "elderly");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "elderly");
        }
    }
}
