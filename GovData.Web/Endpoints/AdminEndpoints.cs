using GovData.Domain.Identity;
using GovData.Web.Components;
using GovData.Workflows.Administration;
using Microsoft.AspNetCore.Authorization;

namespace GovData.Web.Endpoints;

/// <summary>The people workbook's template (SystemAdmin only), filled with the chosen department's code.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(AppRoutes.AdminUsersTemplate, GetTemplate)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.SystemAdmin });
        return app;
    }

    private static IResult GetTemplate(string? code)
    {
        var department = code is not null && GovData.Domain.Departments.DepartmentCode.IsValid(code) ? code : null;
        return Results.File(
            UserImportWorkbook.Template(department),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "people-template.xlsx");
    }
}
