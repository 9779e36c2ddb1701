using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CareAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NeedKind",
                schema: "social_assistance",
                table: "reviews",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "care_agreements",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CarerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CarerRelation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CarerPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CarerIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Duties = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FeeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ScanKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScanViewKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScanContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScanLength = table.Column<long>(type: "bigint", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_agreements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_ClientId_StartOn",
                schema: "social_assistance",
                table: "care_agreements",
                columns: new[] { "ClientId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_EndOn",
                schema: "social_assistance",
                table: "care_agreements",
                column: "EndOn");

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_StationId_EndOn",
                schema: "social_assistance",
                table: "care_agreements",
                columns: new[] { "StationId", "EndOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_agreements",
                schema: "social_assistance");

            migrationBuilder.DropColumn(
                name: "NeedKind",
                schema: "social_assistance",
                table: "reviews");
        }
    }
}
