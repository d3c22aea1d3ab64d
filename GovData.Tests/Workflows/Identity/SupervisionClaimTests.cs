using System.Security.Claims;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;

namespace GovData.Tests.Workflows.Identity;

/// <summary>What a principal says a data bureau supervises, and what it means when it says nothing.</summary>
public sealed class SupervisionClaimTests
{
    [Fact]
    public void ABureauOfficerWithoutTheSupervisionClaim_SupervisesNothing_NotTheWholeCity()
    {
        var user = Principal(bureau: true, Roles.BureauOfficer).ToUserContext();

        Assert.False(user.SeesAllDepartments);
        Assert.False(user.SupervisesDepartment(1));
        Assert.Empty(user.SupervisedDepartmentIds!);
    }

    [Fact]
    public void TheMunicipalBureau_SeesAll_AndADistrictBureau_ItsDistrictOnly()
    {
        var municipal = Principal(true, Roles.BureauOfficer, GovDataClaims.Supervised(null)).ToUserContext();
        var district = Principal(true, Roles.BureauOfficer, GovDataClaims.Supervised(new HashSet<int> { 7, 9 })).ToUserContext();

        Assert.True(municipal.SeesAllDepartments);
        Assert.True(municipal.SupervisesDepartment(42));
        Assert.False(district.SeesAllDepartments);
        Assert.True(district.SupervisesDepartment(9));
        Assert.False(district.SupervisesDepartment(42));
    }

    [Fact]
    public void SomeoneOutsideABureau_NeedsNoClaim()
    {
        var approver = Principal(false, Roles.Approver).ToUserContext();
        var admin = Principal(true, Roles.SystemAdmin).ToUserContext();

        Assert.Null(approver.SupervisedDepartmentIds);
        Assert.False(approver.SupervisesDepartment(1));
        Assert.True(admin.SeesAllDepartments);
    }

    private static ClaimsPrincipal Principal(bool bureau, string role, params Claim[] extra) =>
        new(new ClaimsIdentity(
            [
                new(ClaimTypes.NameIdentifier, "u1"),
                new(GovDataClaims.DepartmentId, "3"),
                new(GovDataClaims.DepartmentIsDataBureau, bureau ? "true" : "false"),
                new(ClaimTypes.Role, role),
                .. extra,
            ],
            "test"));
}
