using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovData.Workflows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WorkflowIndexesWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_AssigneeDepartmentId_AssigneeRole_ClosedAtUtc_DueOn",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_ClosedAtUtc_DueOn",
                table: "WorkflowInstances");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_AssigneeDepartmentId_AssigneeRole_ClosedAtUtc_DueOn_Id",
                table: "WorkflowInstances",
                columns: new[] { "AssigneeDepartmentId", "AssigneeRole", "ClosedAtUtc", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_ClosedAtUtc_DueOn_Id",
                table: "WorkflowInstances",
                columns: new[] { "ClosedAtUtc", "DueOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_AssigneeDepartmentId_AssigneeRole_ClosedAtUtc_DueOn_Id",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_ClosedAtUtc_DueOn_Id",
                table: "WorkflowInstances");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_AssigneeDepartmentId_AssigneeRole_ClosedAtUtc_DueOn",
                table: "WorkflowInstances",
                columns: new[] { "AssigneeDepartmentId", "AssigneeRole", "ClosedAtUtc", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_ClosedAtUtc_DueOn",
                table: "WorkflowInstances",
                columns: new[] { "ClosedAtUtc", "DueOn" });
        }
    }
}
