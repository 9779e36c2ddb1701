using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.SocialAssistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "client_file_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_file_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "files",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_files", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: true),
                    Coverage = table.Column<int>(type: "INTEGER", nullable: true),
                    Class = table.Column<int>(type: "INTEGER", nullable: true),
                    Care = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfCare = table.Column<int>(type: "INTEGER", nullable: true),
                    IncomeVaries = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovalDocument = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApprovalOffice = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewEveryMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: false),
                    Assets = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MedicalExpense = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    EducationExpense = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    RehabilitationExpense = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    AccidentExpense = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Wages = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Business = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Property = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Transfer = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ReviewId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_members_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_file_history_ClientId",
                table: "client_file_history",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_files_StationId_State",
                table: "files",
                columns: new[] { "StationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageKey",
                table: "outbox_messages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_ClientId_EndOn",
                table: "programmes",
                columns: new[] { "ClientId", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_EndOn_NextReviewOn",
                table: "programmes",
                columns: new[] { "EndOn", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_programmes_StationId_EndOn_NextReviewOn",
                table: "programmes",
                columns: new[] { "StationId", "EndOn", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_review_members_ReviewId",
                table: "review_members",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ClientId_VisitedAt",
                table: "reviews",
                columns: new[] { "ClientId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ProgrammeId_VisitedOn",
                table: "reviews",
                columns: new[] { "ProgrammeId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_file_history");

            migrationBuilder.DropTable(
                name: "files");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "review_members");

            migrationBuilder.DropTable(
                name: "reviews");
        }
    }
}
