using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Disputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Disputes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ground = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledBySide = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DataResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShareRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Claim = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FiledByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FiledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WorkflowInstanceId = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionExtended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderedItemIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrderedPurpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionReasoning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GrantDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disputes_DataResources_DataResourceId",
                        column: x => x.DataResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Departments_ProviderDepartmentId",
                        column: x => x.ProviderDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Departments_RequesterDepartmentId",
                        column: x => x.RequesterDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_ShareGrants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "ShareGrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_ShareRequests_ShareRequestId",
                        column: x => x.ShareRequestId,
                        principalTable: "ShareRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_WorkflowInstances_WorkflowInstanceId",
                        column: x => x.WorkflowInstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisputeMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeMeetings_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisputeStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Side = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeStatements_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisputeStatements_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisputeAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeAttachments_DisputeStatements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "DisputeStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisputeAttachments_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisputeAttachments_DisputeId_StatementId",
                table: "DisputeAttachments",
                columns: new[] { "DisputeId", "StatementId" });

            migrationBuilder.CreateIndex(
                name: "IX_DisputeAttachments_StatementId",
                table: "DisputeAttachments",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeMeetings_DisputeId_HeldOn",
                table: "DisputeMeetings",
                columns: new[] { "DisputeId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_DataResourceId_RequesterDepartmentId",
                table: "Disputes",
                columns: new[] { "DataResourceId", "RequesterDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_GrantDueOn_CompliedAtUtc",
                table: "Disputes",
                columns: new[] { "GrantDueOn", "CompliedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_GrantId",
                table: "Disputes",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ProviderDepartmentId_FiledAtUtc",
                table: "Disputes",
                columns: new[] { "ProviderDepartmentId", "FiledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_RequesterDepartmentId_FiledAtUtc",
                table: "Disputes",
                columns: new[] { "RequesterDepartmentId", "FiledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ShareRequestId",
                table: "Disputes",
                column: "ShareRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_WorkflowInstanceId",
                table: "Disputes",
                column: "WorkflowInstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisputeStatements_DepartmentId",
                table: "DisputeStatements",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeStatements_DisputeId_Side",
                table: "DisputeStatements",
                columns: new[] { "DisputeId", "Side" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisputeAttachments");

            migrationBuilder.DropTable(
                name: "DisputeMeetings");

            migrationBuilder.DropTable(
                name: "DisputeStatements");

            migrationBuilder.DropTable(
                name: "Disputes");
        }
    }
}
