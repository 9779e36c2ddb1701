using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.ChildWelfare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "child_welfare");

            migrationBuilder.CreateTable(
                name: "care_visits",
                schema: "child_welfare",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LivingConditions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Guardianship = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Schooling = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Health = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Safety = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChildInDanger = table.Column<bool>(type: "boolean", nullable: false),
                    ReportedTo = table.Column<int>(type: "integer", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Credited = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "children",
                schema: "child_welfare",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    GuardianRelation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GuardianPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GuardianCapacity = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CaregiverName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CaregiverRelation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaregiverPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Father = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FatherEvidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FatherSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Mother = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MotherEvidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MotherSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Schooling = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Health = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Disability = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChildDirector = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Risk = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RiskReasons = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsKeyChild = table.Column<bool>(type: "boolean", nullable: false),
                    KeySince = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "child_welfare",
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
                name: "IX_care_visits_ClientId_Month",
                schema: "child_welfare",
                table: "care_visits",
                columns: new[] { "ClientId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_StationId_Month",
                schema: "child_welfare",
                table: "care_visits",
                columns: new[] { "StationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_children_StationId_IsKeyChild",
                schema: "child_welfare",
                table: "children",
                columns: new[] { "StationId", "IsKeyChild" });

            migrationBuilder.CreateIndex(
                name: "IX_children_WorkerId_IsKeyChild",
                schema: "child_welfare",
                table: "children",
                columns: new[] { "WorkerId", "IsKeyChild" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                schema: "child_welfare",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "child_welfare",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_visits",
                schema: "child_welfare");

            migrationBuilder.DropTable(
                name: "children",
                schema: "child_welfare");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "child_welfare");
        }
    }
}
