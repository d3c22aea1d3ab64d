using GovData.Domain.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GovData.Web.Components.Pages.Sharing;

/// <summary>共享目录: the published, shared entries through the catalog's one list (filters in the URL); a row links to its request page.</summary>
public partial class SharingCatalogPage
{
    private UserContext? _user;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _user = await SharingText.UserAsync(AuthenticationState);
}
