using System.Globalization;
using GovData.Domain.Departments;
using GovData.Web.Localization;
using GovData.Workflows.Administration;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Admin.People;

/// <summary>Texts of the department and people pages (AdminResource).</summary>
public static class AdminText
{
    public static string Format(this IStringLocalizer<AdminResource> text, string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, text[key].Value, arguments);

    public static string Message(this IStringLocalizer<AdminResource> text, AdminResult result) =>
        result.ErrorKey is null ? string.Empty : text.Format(result.ErrorKey, [.. result.Arguments]);

    public static string Kind(this IStringLocalizer<AdminResource> text, DepartmentKind kind) => text[$"Kind.{kind}"];

    public static string Level(this IStringLocalizer<AdminResource> text, DepartmentLevel level) => text[$"Level.{level}"];

    public static string Role(this IStringLocalizer<AdminResource> text, string role) => text[$"Role.{role}"];

    /// <summary>How deep each row sits in the tree (rows come parents first), for indenting names.</summary>
    public static Dictionary<int, int> Depths(IReadOnlyList<DepartmentRow> rows)
    {
        var depths = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            depths[row.Id] = row.ParentId is { } parent && depths.TryGetValue(parent, out var d) ? d + 1 : 0;
        }

        return depths;
    }
}
