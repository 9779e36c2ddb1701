using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_client_name_grams",
                schema: "registry",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_name_grams_ClientId",
                schema: "registry",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_categories_Code",
                schema: "registry",
                table: "client_categories");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                schema: "registry",
                table: "client_name_grams",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_client_name_grams",
                schema: "registry",
                table: "client_name_grams",
                columns: new[] { "Gram", "Name", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_clients_Name",
                schema: "registry",
                table: "clients",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_clients_UpdatedAt",
                schema: "registry",
                table: "clients",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_clients_Village_Name",
                schema: "registry",
                table: "clients",
                columns: new[] { "Village", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId_Gram",
                schema: "registry",
                table: "client_name_grams",
                columns: new[] { "ClientId", "Gram" });

            migrationBuilder.CreateIndex(
                name: "IX_client_categories_Code_ClientId_StartDate_EndDate",
                schema: "registry",
                table: "client_categories",
                columns: new[] { "Code", "ClientId", "StartDate", "EndDate" });

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_Name",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_UpdatedAt",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_Village_Name",
                schema: "registry",
                table: "clients");

            migrationBuilder.DropPrimaryKey(
                name: "PK_client_name_grams",
                schema: "registry",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_name_grams_ClientId_Gram",
                schema: "registry",
                table: "client_name_grams");

            migrationBuilder.DropIndex(
                name: "IX_client_categories_Code_ClientId_StartDate_EndDate",
                schema: "registry",
                table: "client_categories");

            migrationBuilder.DropColumn(
                name: "Name",
                schema: "registry",
                table: "client_name_grams");

            migrationBuilder.AddPrimaryKey(
                name: "PK_client_name_grams",
                schema: "registry",
                table: "client_name_grams",
                columns: new[] { "Gram", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_client_name_grams_ClientId",
                schema: "registry",
                table: "client_name_grams",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_categories_Code",
                schema: "registry",
                table: "client_categories",
                column: "Code");
        }
    }
}
