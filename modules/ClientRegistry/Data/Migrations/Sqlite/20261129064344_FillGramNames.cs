using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FillGramNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Grams written before the name became part of their key take their client's name (after the table's rebuild).
            migrationBuilder.Sql("UPDATE client_name_grams SET Name = (SELECT c.Name FROM clients c WHERE c.Id = client_name_grams.ClientId);");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
