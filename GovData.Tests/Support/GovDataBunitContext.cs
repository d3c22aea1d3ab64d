using System.Globalization;
using Bunit;
using GovData.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Support;

/// <summary>
/// What every bUnit test of our pages needs: MudBlazor's services, the real localization resources, loose JS interop,
/// async disposal (MudBlazor's services dispose only asynchronously), a user signed in with the claims our claims
/// factory gives, and the providers pages render into (popovers, dialogs, snackbars).
/// </summary>
public abstract class GovDataBunitContext : BunitContext, IAsyncLifetime
{
    // Generous: pages load from SQLite after the first render, and CI shares 2 cores with everything else.
    protected static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);

    protected GovDataBunitContext()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Where open menus and select lists render.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>The messages of every snackbar shown so far, one per line.</summary>
    protected string Snackbars() => string.Join("\n", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>
    /// Call it in the test method (or the constructor) itself: a culture set inside an awaited helper does not flow back
    /// to the caller.
    /// </summary>
    protected static void UseCulture(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    /// <summary>Signs <paramref name="user"/> in and renders the popover, dialog and snackbar providers.</summary>
    protected void SignIn(UserContext user, string? departmentName = null)
    {
        BunitSignIn.SignIn(this, user, departmentName);
        RenderProviders();
    }

    protected void RenderProviders()
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
    }
}
