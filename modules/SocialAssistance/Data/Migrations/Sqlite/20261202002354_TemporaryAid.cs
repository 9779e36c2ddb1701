using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemporaryAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aid_applications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Route = table.Column<int>(type: "INTEGER", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PapersCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aid_applications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_aid_applications_ClientId_Cause_AppliedOn",
                table: "aid_applications",
                columns: new[] { "ClientId", "Cause", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_aid_applications_StationId_DueOn",
                table: "aid_applications",
                columns: new[] { "StationId", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aid_applications");
        }
    }
}
