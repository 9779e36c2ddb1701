using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.HourLedger.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonthlyTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monthly_totals",
                schema: "ledger",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IsProfessional = table.Column<bool>(type: "boolean", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    QuantityCenti = table.Column<long>(type: "bigint", nullable: false),
                    HoursCenti = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_totals", x => new { x.ProjectId, x.Month, x.StationId, x.WorkerId, x.IndicatorCode, x.IsProfessional });
                });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_totals_StationId_Month",
                schema: "ledger",
                table: "monthly_totals",
                columns: new[] { "StationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_totals_WorkerId_Month",
                schema: "ledger",
                table: "monthly_totals",
                columns: new[] { "WorkerId", "Month" });

            // Entries credited before the totals existed.
            migrationBuilder.Sql("INSERT INTO ledger.monthly_totals (\"ProjectId\", \"Month\", \"StationId\", \"WorkerId\", \"IndicatorCode\", \"IsProfessional\", \"QuantityCenti\", \"HoursCenti\") SELECT \"ProjectId\", \"Month\", \"StationId\", \"WorkerId\", \"IndicatorCode\", \"IsProfessional\", SUM(\"QuantityCenti\"), SUM(\"HoursCenti\") FROM ledger.entries WHERE NOT \"IsRetracted\" GROUP BY \"ProjectId\", \"Month\", \"StationId\", \"WorkerId\", \"IndicatorCode\", \"IsProfessional\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monthly_totals",
                schema: "ledger");
        }
    }
}
