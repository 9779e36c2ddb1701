using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Staff.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Compliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Supervisor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Record = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_records",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    CertificateKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateViewKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "worker_profiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CertificateObtainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotEligibleReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_worker_profiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_worker_profiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_attendees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SessionId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_attendees_supervision_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "supervision_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_attendees_SessionId",
                table: "supervision_attendees",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_attendees_WorkerId",
                table: "supervision_attendees",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_sessions_Date",
                table: "supervision_sessions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_training_records_WorkerId_Date",
                table: "training_records",
                columns: new[] { "WorkerId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_attendees");

            migrationBuilder.DropTable(
                name: "training_records");

            migrationBuilder.DropTable(
                name: "worker_profiles");

            migrationBuilder.DropTable(
                name: "supervision_sessions");
        }
    }
}
