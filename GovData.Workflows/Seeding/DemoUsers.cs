using GovData.Domain.Identity;

namespace GovData.Workflows.Seeding;

public sealed record DemoUser(string UserName, string DisplayName, string? DepartmentCode, params string[] Roles);

/// <summary>The demo sign-ins listed in the README (password <see cref="DemoDataSeeder.DemoPassword"/>).</summary>
public static class DemoUsers
{
    public static IReadOnlyList<DemoUser> All { get; } = Build();

    private static List<DemoUser> Build()
    {
        List<DemoUser> users =
        [
            new("admin@govdata.local", "系统管理员", "SJJ", Roles.SystemAdmin),
            new("bureau@govdata.local", "王主任", "SJJ", Roles.BureauOfficer),
            new("bureau.gxq@govdata.local", "高新区专员", "GXQSJJ", Roles.BureauOfficer),
            new("applicant@govdata.local", "李市民", null, Roles.Applicant),
        ];

        // Every municipal department gets one user per departmental role, e.g. approver.ga@govdata.local.
        (string Code, string Surname)[] departments =
            [("GA", "赵"), ("SCJG", "钱"), ("RS", "孙"), ("WJ", "周"), ("ZRZY", "吴"), ("JT", "郑")];
        (string Prefix, string Role, string Title)[] roles =
        [
            ("lead", Roles.DepartmentLead, "局长"),
            ("catalog", Roles.CatalogManager, "目录管理员"),
            ("approver", Roles.Approver, "审核人"),
            ("requester", Roles.Requester, "经办人"),
            ("security", Roles.SecurityOfficer, "安全负责人"),
        ];
        foreach (var (code, surname) in departments)
        {
            foreach (var (prefix, role, title) in roles)
            {
                users.Add(new($"{prefix}.{code.ToLowerInvariant()}@govdata.local", $"{surname}{title}", code, role));
            }
        }

        return users;
    }
}
