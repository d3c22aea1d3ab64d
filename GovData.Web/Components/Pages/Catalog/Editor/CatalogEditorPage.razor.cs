using System.Globalization;
using GovData.Domain.Identity;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>
/// New entry or the entry's open draft: collects the content, saves it (SaveCatalogDraft, with the revision it loaded, so
/// a save made meanwhile by someone else is reported instead of overwritten) and submits it (SubmitCatalogDraft). The
/// rules are the use cases'; this shows their violations at the fields and in a summary — on submit all of them at once,
/// before anything is saved (CheckCatalogDraft).
/// </summary>
public partial class CatalogEditorPage
{
    private bool _loaded;
    private bool _busy;
    private EditorModel? _model;
    private CatalogDraftView? _view;
    private EditorFeedback _feedback = default!;
    private IReadOnlyList<string> _register = [];
    private UserContext? _user;

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetCatalogDraft Drafts { get; set; } = default!;

    [Inject]
    private SaveCatalogDraft SaveDraft { get; set; } = default!;

    [Inject]
    private SubmitCatalogDraft SubmitDraft { get; set; } = default!;

    [Inject]
    private CheckCatalogDraft CheckDraft { get; set; } = default!;

    [Inject]
    private ListLegalBases LegalBases { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CatalogEditorResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CatalogResource> Rules { get; set; } = default!;

    private bool Editable => _view?.Editable ?? true;

    private string Title => Id is null ? L["Editor.Title.New"] : L["Editor.Title.Edit"];

    private string Subtitle => _view switch
    {
        null => L["Editor.Subtitle.New"],
        { BaseVersion: > 0 } => L["Editor.Subtitle.Revision", _view.BaseVersion],
        _ => L["Editor.Subtitle.Draft"],
    };

    protected override async Task OnParametersSetAsync()
    {
        _feedback ??= new EditorFeedback(Rules);
        if (_user is null)
        {
            _user = (await AuthenticationState).User.ToUserContext();
            _register = [.. (await LegalBases.ExecuteAsync()).Select(b => b.Citation)];
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (Id is { } id)
        {
            _view = await Drafts.ExecuteAsync(_user!, id);
            _model = _view is null ? null : EditorModel.From(_view.Content);
        }
        else
        {
            _view = null;
            _model = await Drafts.BlankAsync(_user!) is { } blank ? EditorModel.From(blank) : null;
        }

        _loaded = true;
    }

    private Task SaveAsync() => RunAsync(submit: false);

    private Task SubmitAsync() => RunAsync(submit: true);

    private async Task RunAsync(bool submit)
    {
        if (_busy || _model is null)
        {
            return;
        }

        _busy = true;
        _feedback.Clear();
        try
        {
            // A submit first checks every rule on the content as it is: all problems show at once, nothing is saved.
            if (submit && await CheckDraft.ExecuteAsync(_user!, Id, _model.ToContent()) is { Succeeded: false } check)
            {
                _feedback.Show(check);
                return;
            }

            var saved = await SaveDraft.ExecuteAsync(_user!, new SaveCatalogDraftCommand(Id, _model.ToContent(), _view?.Revision));
            if (!saved.Succeeded)
            {
                _feedback.Show(saved);
                return;
            }

            var resourceId = saved.ResourceId!.Value;
            var submitted = submit ? await SubmitDraft.ExecuteAsync(_user!, resourceId) : null;
            if (submitted is { Succeeded: false })
            {
                _feedback.Show(submitted);
            }
            else
            {
                _feedback.Tell(Severity.Success, submit ? L["Editor.Submitted"] : L["Editor.Saved"]);
            }

            if (Id is null)
            {
                // The entry exists now: continue on its own address (the page reloads the draft from there).
                Navigation.NavigateTo(string.Create(CultureInfo.InvariantCulture, $"/catalog/resources/{resourceId}/edit"), replace: true);
                return;
            }

            // The new revision (for the next save's concurrency check); after a submit also the frozen content.
            var model = _model;
            await LoadAsync();
            _model = submitted is { Succeeded: true } ? _model : model;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReloadAsync()
    {
        _feedback.Clear();
        await LoadAsync();
    }
}
