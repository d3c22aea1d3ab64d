using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// /catalog/import: upload → preview (dry run) → commit (all-or-nothing) → submit the imported drafts. The file's bytes
/// (≤ 20 MB) are kept between the preview and the commit, so the commit imports exactly what was previewed.
/// </summary>
public sealed partial class CatalogImportPage
{
    // The preview names the file; the upload's own chip under the button would only repeat it (and shift the header).
    private static readonly RenderFragment<IBrowserFile?> NoSelection = _ => _ => { };

    private UserContext _user = UserContext.Anonymous;
    private IReadOnlyList<ImportRecord> _records = [];
    private CatalogImportResult? _preview;
    private IReadOnlyList<SubmittedDraft>? _submitted;
    private byte[]? _bytes;
    private string _fileName = string.Empty;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _busy;

    [Inject]
    private ImportCatalog Import { get; set; } = default!;

    [Inject]
    private SubmitImportedDrafts Submit { get; set; } = default!;

    [Inject]
    private ListImportRecords History { get; set; } = default!;

    [Inject]
    private CatalogWorkbookLimits Limits { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CatalogResource> CatalogText { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private bool CanCommit => _preview is { HasErrors: false } preview && preview.Counts.Created + preview.Counts.Updated > 0;

    private int SubmitCount => _submitted is null && _preview is { Committed: true } preview ? preview.ImportedResourceIds.Count : 0;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToUserContext();
        _records = await History.ExecuteAsync(_user);
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _preview = null;
        _submitted = null;
        _message = null;
        if (!file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Show(L["Import.NotXlsx"], Severity.Error);
            return;
        }

        if (file.Size > Limits.MaxFileBytes)
        {
            Show(L["Import.TooLarge"], Severity.Error);
            return;
        }

        _busy = true;
        try
        {
            using var copy = new MemoryStream();
            await using (var upload = file.OpenReadStream(Limits.MaxFileBytes))
            {
                await upload.CopyToAsync(copy);
            }

            _bytes = copy.ToArray();
            _fileName = file.Name;
            await RunAsync(dryRun: true);
            if (_preview is { HasErrors: false } preview && preview.Counts.Created + preview.Counts.Updated == 0)
            {
                Show(L["Import.NothingToDo"], Severity.Info);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CommitAsync()
    {
        _busy = true;
        try
        {
            await RunAsync(dryRun: false);
            if (_preview is { Committed: true } done)
            {
                Show(L.Format("Import.Committed", done.Counts.Created, done.Counts.Updated), Severity.Success);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SubmitAsync()
    {
        if (_preview is null)
        {
            return;
        }

        _busy = true;
        try
        {
            _submitted = await Submit.ExecuteAsync(_user, _preview.Entries);
            var failed = _submitted.Count(s => !s.Result.Succeeded);
            Show(failed == 0 ? L.Format("Import.Submitted", _submitted.Count) : L.Format("Import.SubmitFailed", failed), failed == 0 ? Severity.Success : Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RunAsync(bool dryRun)
    {
        using var stream = new MemoryStream(_bytes!, writable: false);
        var result = await Import.ExecuteAsync(_user, new ImportCatalogCommand(stream, _fileName, dryRun));
        if (result.IsRefused)
        {
            Show(CatalogText[result.RefusalKey!], Severity.Error);
            return;
        }

        _preview = result;
        _records = await History.ExecuteAsync(_user);
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }
}
