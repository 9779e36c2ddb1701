using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elder_visits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Health = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Safety = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Living = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elder_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elders",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Situation = table.Column<int>(type: "INTEGER", nullable: false),
                    Eating = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Dressing = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Transfer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Toileting = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Walking = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Bathing = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EmergencyContacts = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Carer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Every = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elders", x => x.ClientId);
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
                name: "IX_elder_visits_ClientId_VisitedOn",
                table: "elder_visits",
                columns: new[] { "ClientId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elder_visits_StationId_VisitedOn",
                table: "elder_visits",
                columns: new[] { "StationId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elders_StationId_Every",
                table: "elders",
                columns: new[] { "StationId", "Every" });

            migrationBuilder.CreateIndex(
                name: "IX_elders_WorkerId_Every",
                table: "elders",
                columns: new[] { "WorkerId", "Every" });

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
                name: "elder_visits");

            migrationBuilder.DropTable(
                name: "elders");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
