using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LegalBasisRegisterAndEmergencyPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LegalBases_LawName_Article",
                table: "LegalBases");

            migrationBuilder.AddColumn<string>(
                name: "Clause",
                table: "LegalBases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "LegalBases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmergencyPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_EmergencyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyPlans_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_LawName_Article_Clause",
                table: "LegalBases",
                columns: new[] { "LawName", "Article", "Clause" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyPlans_DepartmentId_UploadedAtUtc",
                table: "EmergencyPlans",
                columns: new[] { "DepartmentId", "UploadedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyPlans");

            migrationBuilder.DropIndex(
                name: "IX_LegalBases_LawName_Article_Clause",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "Clause",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "LegalBases");

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_LawName_Article",
                table: "LegalBases",
                columns: new[] { "LawName", "Article" },
                unique: true);
        }
    }
}
