using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.HourLedger.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonthlyTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monthly_totals",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityCenti = table.Column<long>(type: "INTEGER", nullable: false),
                    HoursCenti = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_totals", x => new { x.ProjectId, x.Month, x.StationId, x.WorkerId, x.IndicatorCode, x.IsProfessional });
                });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_totals_StationId_Month",
                table: "monthly_totals",
                columns: new[] { "StationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_totals_WorkerId_Month",
                table: "monthly_totals",
                columns: new[] { "WorkerId", "Month" });

            // Entries credited before the totals existed.
            migrationBuilder.Sql("INSERT INTO monthly_totals (ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional, QuantityCenti, HoursCenti) SELECT ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional, SUM(QuantityCenti), SUM(HoursCenti) FROM entries WHERE NOT IsRetracted GROUP BY ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monthly_totals");
        }
    }
}
