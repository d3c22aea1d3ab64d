using GovData.Domain.Identity;

namespace GovData.Tests.Domain.Identity;

public sealed class RolesTests
{
    [Fact]
    public void StaffList_NamesExactlyTheStaffRoles()
    {
        Assert.Equal(Roles.Staff, Roles.StaffList.Split(','));
        Assert.DoesNotContain(Roles.Applicant, Roles.StaffList.Split(','));
    }
}
