using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastVisitOn",
                table: "programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextVisitOn",
                table: "programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisitEveryMonths",
                table: "programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "care_visits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_EndOn_NextVisitOn",
                table: "programmes",
                columns: new[] { "EndOn", "NextVisitOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_ClientId_VisitedAt",
                table: "care_visits",
                columns: new[] { "ClientId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_ProgrammeId_VisitedOn",
                table: "care_visits",
                columns: new[] { "ProgrammeId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_visits");

            migrationBuilder.DropIndex(
                name: "IX_programmes_EndOn_NextVisitOn",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "LastVisitOn",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "NextVisitOn",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "VisitEveryMonths",
                table: "programmes");
        }
    }
}
