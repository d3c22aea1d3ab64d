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

            migrationBuilder.CreateTable(
                name: "RectificationOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Violation = table.Column<int>(type: "INTEGER", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvidenceLinks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkflowInstanceId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BureauComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_RectificationProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "RectificationProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_WorkflowInstances_WorkflowInstanceId",
                        column: x => x.WorkflowInstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplinaryReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplinaryReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplinaryReferrals_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplinaryReferrals_RectificationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "RectificationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicCriticisms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Violation = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCriticisms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicCriticisms_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicCriticisms_RectificationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "RectificationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryReferrals_DepartmentId",
                table: "DisciplinaryReferrals",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryReferrals_OrderId",
                table: "DisciplinaryReferrals",
                column: "OrderId");

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
                name: "IX_PublicCriticisms_DepartmentId_Status",
                table: "PublicCriticisms",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicCriticisms_OrderId",
                table: "PublicCriticisms",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicCriticisms_Status_PublishedOn",
                table: "PublicCriticisms",
                columns: new[] { "Status", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_DepartmentId_DueOn",
                table: "RectificationOrders",
                columns: new[] { "DepartmentId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_DueOn",
                table: "RectificationOrders",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_ProposalId",
                table: "RectificationOrders",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_WorkflowInstanceId",
                table: "RectificationOrders",
                column: "WorkflowInstanceId");

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
                name: "DisciplinaryReferrals");

            migrationBuilder.DropTable(
                name: "ProposalEvidence");

            migrationBuilder.DropTable(
                name: "PublicCriticisms");

            migrationBuilder.DropTable(
                name: "RectificationOrders");

            migrationBuilder.DropTable(
                name: "RectificationProposals");
        }
    }
}
