using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TemporaryAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aid_applications",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    Cause = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Situation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    InvestigatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Granted = table.Column<bool>(type: "boolean", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    GrantedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PapersCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aid_applications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_aid_applications_ClientId_Cause_AppliedOn",
                schema: "social_assistance",
                table: "aid_applications",
                columns: new[] { "ClientId", "Cause", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_aid_applications_StationId_DueOn",
                schema: "social_assistance",
                table: "aid_applications",
                columns: new[] { "StationId", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aid_applications",
                schema: "social_assistance");
        }
    }
}
