using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RectificationOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RectificationProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Violation = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvidenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationProposals_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Violation = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Occurrence = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalEvidence_RectificationProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "RectificationProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalEvidence_ProposalId",
                table: "ProposalEvidence",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalEvidence_ReferenceId_Kind_Violation_DepartmentId_Occurrence",
                table: "ProposalEvidence",
                columns: new[] { "ReferenceId", "Kind", "Violation", "DepartmentId", "Occurrence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationProposals_DepartmentId_Violation",
                table: "RectificationProposals",
                columns: new[] { "DepartmentId", "Violation" },
                unique: true,
                filter: "[Status] = 1");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationProposals_Status_LastDetectedOn",
                table: "RectificationProposals",
                columns: new[] { "Status", "LastDetectedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalEvidence");

            migrationBuilder.DropTable(
                name: "RectificationProposals");
        }
    }
}
