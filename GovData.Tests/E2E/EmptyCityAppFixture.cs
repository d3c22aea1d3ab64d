namespace GovData.Tests.E2E;

/// <summary>The built app on an empty database: no demo seed, the first admin and bureau from the Bootstrap settings.</summary>
public sealed class EmptyCityAppFixture : WebAppProcessFixture
{
    public const string AdminEmail = "root@city.gov.cn";
    public const string AdminPassword = "Root#City2026";

    protected override IEnumerable<string> SettingArguments() =>
    [
        "--Database:SeedDemoData=false",
        $"--Bootstrap:AdminEmail={AdminEmail}",
        $"--Bootstrap:AdminPassword={AdminPassword}",
        "--Bootstrap:BureauCode=SJJ",
        "--Bootstrap:BureauName=市数据资源管理局",
    ];
}
