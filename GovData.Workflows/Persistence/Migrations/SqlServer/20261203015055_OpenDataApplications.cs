using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OpenDataApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    VerificationCode = table.Column<string>(type: "nvarchar(23)", maxLength: 23, nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedDocuments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DataResourceId = table.Column<int>(type: "int", nullable: false),
                    ProviderDepartmentId = table.Column<int>(type: "int", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ApplicantType = table.Column<int>(type: "int", nullable: false),
                    ApplicantName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdentityNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ContactPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ContactEmail = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    UseScenario = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WantedItemIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WrittenReplyWanted = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WorkflowInstanceId = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    GrantedItemIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UseUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RefusalLegalBasisIds = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredOnTheSpot = table.Column<bool>(type: "bit", nullable: false),
                    MaterialRequested = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MaterialDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialSupplied = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MaterialSuppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyDocumentId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenDataApplications_DataResources_DataResourceId",
                        column: x => x.DataResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpenDataApplications_Departments_ProviderDepartmentId",
                        column: x => x.ProviderDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpenDataApplications_IssuedDocuments_ReplyDocumentId",
                        column: x => x.ReplyDocumentId,
                        principalTable: "IssuedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpenDataApplications_WorkflowInstances_WorkflowInstanceId",
                        column: x => x.WorkflowInstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenDataDownloads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ItemIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Rows = table.Column<long>(type: "bigint", nullable: false),
                    Format = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenDataDownloads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenDataDownloads_OpenDataApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenDataApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_DepartmentId",
                table: "IssuedDocuments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Kind_IssuedAtUtc",
                table: "IssuedDocuments",
                columns: new[] { "Kind", "IssuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Number",
                table: "IssuedDocuments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_SubjectType_SubjectId",
                table: "IssuedDocuments",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_VerificationCode",
                table: "IssuedDocuments",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_ApplicantUserId_SubmittedAtUtc",
                table: "OpenDataApplications",
                columns: new[] { "ApplicantUserId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_DataResourceId",
                table: "OpenDataApplications",
                column: "DataResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_MaterialDueOn",
                table: "OpenDataApplications",
                column: "MaterialDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_ProviderDepartmentId",
                table: "OpenDataApplications",
                column: "ProviderDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_ReplyDocumentId",
                table: "OpenDataApplications",
                column: "ReplyDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataApplications_WorkflowInstanceId",
                table: "OpenDataApplications",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenDataDownloads_ApplicationId_AtUtc",
                table: "OpenDataDownloads",
                columns: new[] { "ApplicationId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpenDataDownloads");

            migrationBuilder.DropTable(
                name: "OpenDataApplications");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");
        }
    }
}
