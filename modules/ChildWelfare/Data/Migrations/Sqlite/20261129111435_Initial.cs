using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ChildWelfare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_visits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LivingConditions = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Guardianship = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Schooling = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Health = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Safety = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChildInDanger = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportedTo = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Credited = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "children",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    GuardianRelation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GuardianPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GuardianCapacity = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CaregiverName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CaregiverRelation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CaregiverPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Father = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FatherEvidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FatherSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mother = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MotherEvidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MotherSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Schooling = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Health = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Disability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChildDirector = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RiskReasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsKeyChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeySince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_ClientId_Month",
                table: "care_visits",
                columns: new[] { "ClientId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_StationId_Month",
                table: "care_visits",
                columns: new[] { "StationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_children_StationId_IsKeyChild",
                table: "children",
                columns: new[] { "StationId", "IsKeyChild" });

            migrationBuilder.CreateIndex(
                name: "IX_children_WorkerId_IsKeyChild",
                table: "children",
                columns: new[] { "WorkerId", "IsKeyChild" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_visits");

            migrationBuilder.DropTable(
                name: "children");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
