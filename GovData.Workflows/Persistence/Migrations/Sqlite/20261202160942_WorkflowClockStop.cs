using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockResumedOn",
                table: "WorkflowInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockStoppedOn",
                table: "WorkflowInstances",
                type: "TEXT",
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
