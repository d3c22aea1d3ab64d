using GovData.Tests.Support;

namespace GovData.Tests.E2E;

/// <summary>
/// The built app on an empty database: no demo seed, the first admin and bureau from the Bootstrap settings; staff
/// may also sign in through a real OpenID Connect provider started in this process (<see cref="Provider"/>).
/// </summary>
public sealed class EmptyCityAppFixture : WebAppProcessFixture
{
    public const string AdminEmail = "root@city.gov.cn";
    public const string AdminPassword = "Root#City2026";

    public TestOidcProvider Provider { get; private set; } = default!;

    protected override async Task BeforeStartAsync() =>
        Provider = await TestOidcProvider.StartAsync(BaseUrl + "/signin-oidc");

    protected override async ValueTask AfterStopAsync()
    {
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }

    protected override IEnumerable<string> SettingArguments() =>
    [
        "--Database:SeedDemoData=false",
        $"--Bootstrap:AdminEmail={AdminEmail}",
        $"--Bootstrap:AdminPassword={AdminPassword}",
        "--Bootstrap:BureauCode=SJJ",
        "--Bootstrap:BureauName=市数据资源管理局",
        $"--Authentication:Oidc:Authority={Provider.Authority}",
        $"--Authentication:Oidc:ClientId={TestOidcProvider.ClientId}",
        $"--Authentication:Oidc:ClientSecret={TestOidcProvider.ClientSecret}",
        $"--Authentication:Oidc:StaffIdClaim={TestOidcProvider.StaffIdClaim}",
        "--Authentication:Oidc:RequireHttpsMetadata=false",
    ];
}
