using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CareVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastVisitOn",
                schema: "social_assistance",
                table: "programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextVisitOn",
                schema: "social_assistance",
                table: "programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisitEveryMonths",
                schema: "social_assistance",
                table: "programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "care_visits",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_EndOn_NextVisitOn",
                schema: "social_assistance",
                table: "programmes",
                columns: new[] { "EndOn", "NextVisitOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_ClientId_VisitedAt",
                schema: "social_assistance",
                table: "care_visits",
                columns: new[] { "ClientId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_ProgrammeId_VisitedOn",
                schema: "social_assistance",
                table: "care_visits",
                columns: new[] { "ProgrammeId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_visits",
                schema: "social_assistance");

            migrationBuilder.DropIndex(
                name: "IX_programmes_EndOn_NextVisitOn",
                schema: "social_assistance",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "LastVisitOn",
                schema: "social_assistance",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "NextVisitOn",
                schema: "social_assistance",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "VisitEveryMonths",
                schema: "social_assistance",
                table: "programmes");
        }
    }
}
