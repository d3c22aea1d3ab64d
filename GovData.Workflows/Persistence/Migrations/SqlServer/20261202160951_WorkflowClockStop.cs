using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WorkflowClockStop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClockRemainingWorkingDays",
                table: "WorkflowInstances",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockResumedOn",
                table: "WorkflowInstances",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockStoppedOn",
                table: "WorkflowInstances",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClockRemainingWorkingDays",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ClockResumedOn",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "ClockStoppedOn",
                table: "WorkflowInstances");
        }
    }
}
