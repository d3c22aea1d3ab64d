using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Administration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeactivatedAt",
                table: "Departments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastDrillOn",
                table: "Departments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastSecurityAssessmentOn",
                table: "Departments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityOfficerUserId",
                table: "Departments",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeactivatedAt",
                table: "AspNetUsers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_SecurityOfficerUserId",
                table: "Departments",
                column: "SecurityOfficerUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Departments_AspNetUsers_SecurityOfficerUserId",
                table: "Departments",
                column: "SecurityOfficerUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Departments_AspNetUsers_SecurityOfficerUserId",
                table: "Departments");

            migrationBuilder.DropIndex(
                name: "IX_Departments_SecurityOfficerUserId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "LastDrillOn",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "LastSecurityAssessmentOn",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "SecurityOfficerUserId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "AspNetUsers");
        }
    }
}
