using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Elderly.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderVisitPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elder_visit_photos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ViewKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elder_visit_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_elder_visit_photos_elder_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "elder_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elder_visit_photos_VisitId",
                table: "elder_visit_photos",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elder_visit_photos");
        }
    }
}
