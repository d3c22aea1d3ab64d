using GovData.Workflows.Audit;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.Audit;

/// <summary>What the filter bar edits; turned into an <see cref="AuditLogQuery"/> for each page the grid asks for.</summary>
public sealed class AuditLogFilters
{
    public string? User { get; set; }

    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public DateRange? Dates { get; set; }

    public string? Text { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(User) && Action is null && EntityType is null && Dates?.Start is null && Dates?.End is null
        && string.IsNullOrWhiteSpace(Text);

    public AuditLogQuery ToQuery(int page, int pageSize) => new()
    {
        User = User,
        Action = Action,
        EntityType = EntityType,
        From = Dates?.Start is { } from ? DateOnly.FromDateTime(from) : null,
        To = Dates?.End is { } to ? DateOnly.FromDateTime(to) : null,
        Text = Text,
        Page = page,
        PageSize = pageSize,
    };
}
