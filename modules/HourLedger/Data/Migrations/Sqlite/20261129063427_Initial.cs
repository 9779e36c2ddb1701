using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.HourLedger.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    QuantityCenti = table.Column<long>(type: "INTEGER", nullable: false),
                    StandardHoursPerUnit = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    HoursCenti = table.Column<long>(type: "INTEGER", nullable: false),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ClientIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsRetracted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetractedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetractReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StandardHours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetQuantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ReportRow = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnualHoursPerWorker = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    MinProfessionalShare = table.Column<decimal>(type: "TEXT", precision: 4, scale: 3, nullable: false),
                    StationIds = table.Column<string>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "refused_credits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refused_credits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entries_ProjectId_Date_IndicatorCode_IsRetracted_QuantityCenti_HoursCenti_IsProfessional",
                table: "entries",
                columns: new[] { "ProjectId", "Date", "IndicatorCode", "IsRetracted", "QuantityCenti", "HoursCenti", "IsProfessional" });

            migrationBuilder.CreateIndex(
                name: "IX_entries_SourceModule_SourceId",
                table: "entries",
                columns: new[] { "SourceModule", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entries_StationId_Date_IndicatorCode_IsRetracted_QuantityCenti_HoursCenti_IsProfessional",
                table: "entries",
                columns: new[] { "StationId", "Date", "IndicatorCode", "IsRetracted", "QuantityCenti", "HoursCenti", "IsProfessional" });

            migrationBuilder.CreateIndex(
                name: "IX_entries_WorkerId_Date_IndicatorCode_IsRetracted_QuantityCenti_HoursCenti_IsProfessional",
                table: "entries",
                columns: new[] { "WorkerId", "Date", "IndicatorCode", "IsRetracted", "QuantityCenti", "HoursCenti", "IsProfessional" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_ProjectId_Code",
                table: "indicators",
                columns: new[] { "ProjectId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_targets_ProjectId_IndicatorCode_StationId_WorkerId",
                table: "targets",
                columns: new[] { "ProjectId", "IndicatorCode", "StationId", "WorkerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entries");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "refused_credits");

            migrationBuilder.DropTable(
                name: "targets");
        }
    }
}
