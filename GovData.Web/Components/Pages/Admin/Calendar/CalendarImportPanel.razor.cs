using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Endpoints;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Admin.Calendar;

public sealed partial class CalendarImportPanel
{
    public const string ElementId = "calendar-import";

    private string? _source;
    private CalendarImportResult? _result;
    private IReadOnlyList<string> _errors = [];
    private bool _busy;

    [Parameter, EditorRequired]
    public int Year { get; set; }

    [Parameter, EditorRequired]
    public UserContext User { get; set; } = UserContext.Anonymous;

    [Parameter]
    public EventCallback OnImported { get; set; }

    [Inject]
    private ImportCalendarYear Import { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CalendarResource> T { get; set; } = default!;

    private string TemplateHref => $"{CalendarEndpoints.TemplateRoute}?year={Year}";

    protected override void OnParametersSet()
    {
        if (_result is not null && _result.Year != Year)
        {
            _result = null;
            _errors = [];
        }
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _result = null;
        _errors = [];
        var format = Path.GetExtension(file.Name).ToUpperInvariant() switch
        {
            ".JSON" => CalendarImportFormat.Json,
            ".XLSX" => CalendarImportFormat.Excel,
            _ => (CalendarImportFormat?)null,
        };
        if (format is null)
        {
            _errors = [T["Import.UnsupportedFile"]];
            return;
        }

        _busy = true;
        try
        {
            // One byte over the limit lets the use case see (and report) a file that is too large.
            await using var upload = file.OpenReadStream(ImportCalendarYear.MaxFileBytes + 1);
            using var content = new MemoryStream();
            await upload.CopyToAsync(content);
            content.Position = 0;
            _result = await Import.ExecuteAsync(User, Year, format.Value, content, string.IsNullOrWhiteSpace(_source) ? file.Name : _source);
            _errors = [.. _result.Issues.Select(i => T.Message(i, format))];
            if (_result.Succeeded)
            {
                await OnImported.InvokeAsync();
            }
        }
        catch (IOException)
        {
            // OpenReadStream refuses a file over the limit.
            _errors = [T.Format("Calendar.Import.FileTooLarge", ImportCalendarYear.MaxFileBytes / 1024)];
        }
        catch (DomainRuleException error)
        {
            _errors = [T.Message(error)];
        }
        finally
        {
            _busy = false;
        }
    }
}
