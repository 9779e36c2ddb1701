using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "social_assistance");

            migrationBuilder.CreateTable(
                name: "client_file_history",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_file_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "social_assistance",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClosedReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_files", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<int>(type: "integer", nullable: true),
                    Coverage = table.Column<int>(type: "integer", nullable: true),
                    Class = table.Column<int>(type: "integer", nullable: true),
                    Care = table.Column<int>(type: "integer", nullable: true),
                    SelfCare = table.Column<int>(type: "integer", nullable: true),
                    IncomeVaries = table.Column<bool>(type: "boolean", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovalDocument = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApprovalOffice = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewEveryMonths = table.Column<int>(type: "integer", nullable: false),
                    LastReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Conclusion = table.Column<int>(type: "integer", nullable: false),
                    Assets = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MedicalExpense = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    EducationExpense = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    RehabilitationExpense = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    AccidentExpense = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_members",
                schema: "social_assistance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Wages = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Business = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Property = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Transfer = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ReviewId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_members_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "social_assistance",
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_file_history_ClientId",
                schema: "social_assistance",
                table: "client_file_history",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_files_StationId_State",
                schema: "social_assistance",
                table: "files",
                columns: new[] { "StationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                schema: "social_assistance",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "social_assistance",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_ClientId_EndOn",
                schema: "social_assistance",
                table: "programmes",
                columns: new[] { "ClientId", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_EndOn_NextReviewOn",
                schema: "social_assistance",
                table: "programmes",
                columns: new[] { "EndOn", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_StationId_EndOn_NextReviewOn",
                schema: "social_assistance",
                table: "programmes",
                columns: new[] { "StationId", "EndOn", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_review_members_ReviewId",
                schema: "social_assistance",
                table: "review_members",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ClientId_VisitedAt",
                schema: "social_assistance",
                table: "reviews",
                columns: new[] { "ClientId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ProgrammeId_VisitedOn",
                schema: "social_assistance",
                table: "reviews",
                columns: new[] { "ProgrammeId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_file_history",
                schema: "social_assistance");

            migrationBuilder.DropTable(
                name: "files",
                schema: "social_assistance");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "social_assistance");

            migrationBuilder.DropTable(
                name: "programmes",
                schema: "social_assistance");

            migrationBuilder.DropTable(
                name: "review_members",
                schema: "social_assistance");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "social_assistance");
        }
    }
}
