using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenDataDatasets : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_DatasetReleases_DataResourceId_Number",
                table: "DatasetReleases",
                columns: new[] { "DataResourceId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DatasetReleases");
        }
    }
}
