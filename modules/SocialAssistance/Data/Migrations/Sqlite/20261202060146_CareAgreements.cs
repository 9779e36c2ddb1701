using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NeedKind",
                table: "reviews",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "care_agreements",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CarerRelation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarerIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Duties = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FeeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScanKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScanViewKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScanContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScanLength = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_agreements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_ClientId_StartOn",
                table: "care_agreements",
                columns: new[] { "ClientId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_EndOn",
                table: "care_agreements",
                column: "EndOn");

            migrationBuilder.CreateIndex(
                name: "IX_care_agreements_StationId_EndOn",
                table: "care_agreements",
                columns: new[] { "StationId", "EndOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_agreements");

            migrationBuilder.DropColumn(
                name: "NeedKind",
                table: "reviews");
        }
    }
}
