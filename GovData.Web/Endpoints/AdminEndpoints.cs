using GovData.Domain.Identity;
using GovData.Web.Components;
using GovData.Web.Localization;
using GovData.Workflows.Administration;
using GovData.Workflows.Administration.EmergencyPlans;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GovData.Web.Endpoints;

/// <summary>
/// The people workbook's template (SystemAdmin only), filled with the chosen department's code; and a stored version of
/// a department's emergency plan, for those <see cref="EmergencyPlanAccess"/> lets read it (anyone else gets the same
/// 404 as for a plan that does not exist).
/// </summary>
internal static class AdminEndpoints
{
    public const string EmergencyPlanRoute = "/admin/emergency-plans/{id:int}";

    public static string EmergencyPlanHref(int planId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/admin/emergency-plans/{planId}");

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(AppRoutes.AdminUsersTemplate, GetTemplate)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.SystemAdmin });
        app.MapGet(EmergencyPlanRoute, GetEmergencyPlanAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.StaffList });
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

    private static async Task<IResult> GetEmergencyPlanAsync(
        int id, HttpContext http, GetEmergencyPlanFile get, IStringLocalizer<AdminResource> text, CancellationToken cancellationToken)
    {
        var file = await get.ExecuteAsync(http.User.ToUserContext(), id, cancellationToken);
        if (file is null)
        {
            return Results.Problem(title: text["EmergencyPlan.NotFound"], statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
