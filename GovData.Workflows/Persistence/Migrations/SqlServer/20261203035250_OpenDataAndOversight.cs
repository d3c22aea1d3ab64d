using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DataResourceId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CatalogVersion = table.Column<int>(type: "int", nullable: false),
                    StoredFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ItemIdList = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    RowCount = table.Column<long>(type: "bigint", nullable: false),
                    ByteCount = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SourceFormat = table.Column<int>(type: "int", nullable: false),
                    SourceEncoding = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Ground = table.Column<int>(type: "int", nullable: false),
                    FiledBySide = table.Column<int>(type: "int", nullable: false),
                    ProviderDepartmentId = table.Column<int>(type: "int", nullable: false),
                    RequesterDepartmentId = table.Column<int>(type: "int", nullable: false),
                    DataResourceId = table.Column<int>(type: "int", nullable: false),
                    ShareRequestId = table.Column<int>(type: "int", nullable: true),
                    Claim = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FiledByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    FiledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WorkflowInstanceId = table.Column<long>(type: "bigint", nullable: true),
                    DecisionExtended = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    OrderedItemIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OrderedPurpose = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecisionReasoning = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    GrantDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GrantId = table.Column<int>(type: "int", nullable: true),
                    CompliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                name: "RectificationProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Violation = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    FirstDetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDetectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EvidenceCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DismissalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OrderId = table.Column<int>(type: "int", nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisputeId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisputeId = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                name: "ProposalEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProposalId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Violation = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ReferenceId = table.Column<long>(type: "bigint", nullable: false),
                    Occurrence = table.Column<DateOnly>(type: "date", nullable: false),
                    DetectedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Violation = table.Column<int>(type: "int", nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EvidenceLinks = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DeadlineWorkingDays = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProposalId = table.Column<int>(type: "int", nullable: true),
                    WorkflowInstanceId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReportEvidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BureauComment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisputeId = table.Column<int>(type: "int", nullable: false),
                    StatementId = table.Column<int>(type: "int", nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "DisciplinaryReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    ReferredTo = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Matter = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Violation = table.Column<int>(type: "int", nullable: false),
                    OrderIssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
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
                unique: true,
                filter: "[WorkflowInstanceId] IS NOT NULL");

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
