using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_client_name_grams_ClientId",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_categories_Code",
                table: "client_categories");

            // A new primary key means a new table in SQLite. EF Core's own rebuild turns foreign keys off around it, which
            // cannot happen inside the migration's transaction (a crash there would leave the migration half done, and EF
            // warns at every first start). Nothing refers to the grams, so the table is rebuilt here inside the transaction.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_client_name_grams" (
                    "Gram" TEXT NOT NULL,
                    "Name" TEXT NOT NULL,
                    "ClientId" TEXT NOT NULL,
                    CONSTRAINT "PK_client_name_grams" PRIMARY KEY ("Gram", "Name", "ClientId"),
                    CONSTRAINT "FK_client_name_grams_clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "clients" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_client_name_grams" ("Gram", "Name", "ClientId") SELECT "Gram", '', "ClientId" FROM "client_name_grams";
                DROP TABLE "client_name_grams";
                ALTER TABLE "ef_temp_client_name_grams" RENAME TO "client_name_grams";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_clients_Name",
                table: "clients",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_clients_UpdatedAt",
                table: "clients",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_clients_Village_Name",
                table: "clients",
                columns: new[] { "Village", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId_Gram",
                table: "client_name_grams",
                columns: new[] { "ClientId", "Gram" });

            migrationBuilder.CreateIndex(
                name: "IX_client_categories_Code_ClientId_StartDate_EndDate",
                table: "client_categories",
                columns: new[] { "Code", "ClientId", "StartDate", "EndDate" });

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_Name",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_UpdatedAt",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_Village_Name",
                table: "clients");

            migrationBuilder.DropPrimaryKey(
                name: "PK_client_name_grams",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_name_grams_ClientId_Gram",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_categories_Code_ClientId_StartDate_EndDate",
                table: "client_categories");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "client_name_grams");

            migrationBuilder.AddPrimaryKey(
                name: "PK_client_name_grams",
                table: "client_name_grams",
                columns: new[] { "Gram", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId",
                table: "client_name_grams",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_categories_Code",
                table: "client_categories",
                column: "Code");
        }
    }
}
