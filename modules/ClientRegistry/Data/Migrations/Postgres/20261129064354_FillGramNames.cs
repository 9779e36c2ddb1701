using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.ClientRegistry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FillGramNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Grams written before the name became part of their key take their client's name (after the table's rebuild).
            migrationBuilder.Sql("UPDATE registry.client_name_grams g SET \"Name\" = c.\"Name\" FROM registry.clients c WHERE c.\"Id\" = g.\"ClientId\";");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
