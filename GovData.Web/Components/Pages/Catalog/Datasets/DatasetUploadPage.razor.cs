using System.Globalization;
using GovData.Domain.Identity;
using GovData.Web.Endpoints.OpenData;
using GovData.Workflows.Identity;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace GovData.Web.Components.Pages.Catalog.Datasets;

/// <summary>
/// A CatalogManager uploads the data of a published entry (issue #11 §1). The file is first received to a temporary
/// file (progress in bytes), then checked and stored off the circuit's thread (progress in rows); a refused upload
/// lists every error and changes nothing.
/// </summary>
public partial class DatasetUploadPage : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private DatasetReleaseList? _list;
    private DatasetUploadResult? _result;
    private UserContext? _user;
    private bool _loaded;
    private bool _busy;
    private double _percent;
    private string _progressText = string.Empty;
    private DateTime _lastRender;

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ListDatasetReleases Releases { get; set; } = default!;

    [Inject]
    private UploadDataset Upload { get; set; } = default!;

    [Inject]
    private DatasetOptions Options { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    public void Dispose()
    {
        _cancel.Cancel();
        _cancel.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        _user ??= (await AuthenticationState).User.ToUserContext();
        _list = await Releases.ExecuteAsync(_user, Id);
        _loaded = true;
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null || _busy || _user is null)
        {
            return;
        }

        _busy = true;
        _result = null;
        try
        {
            if (file.Size > Options.MaxUploadBytes)
            {
                _result = DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.TooLarge, Options.MaxUploadBytes / (1024 * 1024)));
                return;
            }

            var path = Path.Combine(Path.GetTempPath(), $"govdata-upload-{Guid.NewGuid():N}");
            await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await using (var source = file.OpenReadStream(Options.MaxUploadBytes, _cancel.Token))
            {
                var chunk = new byte[1 << 16];
                int read;
                while ((read = await source.ReadAsync(chunk, _cancel.Token)) > 0)
                {
                    await buffer.WriteAsync(chunk.AsMemory(0, read), _cancel.Token);
                    await ReportAsync(buffer.Length * 50.0 / Math.Max(1, file.Size), T.Format("Dataset.Receiving", Megabytes(buffer.Length), Megabytes(file.Size)));
                }
            }

            buffer.Position = 0;
            var user = _user;
            var progress = new InlineProgress(p => _ = ReportAsync(50 + (p.BytesRead * 50.0 / Math.Max(1, p.BytesTotal)), T.Format("Dataset.Checking", p.Rows.ToString("N0", CultureInfo.CurrentCulture))));
            _result = await Task.Run(() => Upload.ExecuteAsync(user, new UploadDatasetCommand(Id, buffer, file.Name), progress, _cancel.Token), _cancel.Token);
            _list = await Releases.ExecuteAsync(_user, Id);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReportAsync(double percent, string text)
    {
        _percent = percent;
        _progressText = text;
        var now = Clock.GetUtcNow().UtcDateTime;
        if (now - _lastRender > TimeSpan.FromMilliseconds(250))
        {
            _lastRender = now;
            await InvokeAsync(StateHasChanged);
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.CurrentCulture);

    /// <summary>Reports on the calling thread (the upload runs off the circuit; the page re-renders through InvokeAsync).</summary>
    private sealed class InlineProgress(Action<DatasetUploadProgress> report) : IProgress<DatasetUploadProgress>
    {
        public void Report(DatasetUploadProgress value) => report(value);
    }
}
