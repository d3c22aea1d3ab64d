using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenDataAndOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DatasetReleases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemIdList = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RowCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ByteCount = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceFormat = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceEncoding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetReleases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DatasetReleases_DataResources_DataResourceId",
                        column: x => x.DataResourceId,
                        principalTable: "DataResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 23, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
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
                name: "OpenDataApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApplicantType = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UseScenario = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WantedItemIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WrittenReplyWanted = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WorkflowInstanceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedItemIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UseUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusalLegalBasisIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredOnTheSpot = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaterialRequested = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MaterialDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaterialSupplied = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MaterialSuppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyDocumentId = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "OpenDataDownloads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ItemIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_DatasetReleases_DataResourceId_Number",
                table: "DatasetReleases",
                columns: new[] { "DataResourceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryReferrals_DepartmentId",
                table: "DisciplinaryReferrals",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplinaryReferrals_OrderId",
                table: "DisciplinaryReferrals",
                column: "OrderId");

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
                name: "DatasetReleases");

            migrationBuilder.DropTable(
                name: "DisciplinaryReferrals");

            migrationBuilder.DropTable(
                name: "DisputeAttachments");

            migrationBuilder.DropTable(
                name: "DisputeMeetings");

            migrationBuilder.DropTable(
                name: "OpenDataDownloads");

            migrationBuilder.DropTable(
                name: "ProposalEvidence");

            migrationBuilder.DropTable(
                name: "PublicCriticisms");

            migrationBuilder.DropTable(
                name: "DisputeStatements");

            migrationBuilder.DropTable(
                name: "OpenDataApplications");

            migrationBuilder.DropTable(
                name: "RectificationOrders");

            migrationBuilder.DropTable(
                name: "Disputes");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropTable(
                name: "RectificationProposals");
        }
    }
}
