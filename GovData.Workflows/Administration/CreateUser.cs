using System.ComponentModel.DataAnnotations;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record NewUser(string Email, string DisplayName, int DepartmentId, IReadOnlyCollection<string> Roles, string Password);

/// <summary>
/// Creates a staff account in an active department with staff roles and an initial password (Identity's rules), in
/// one audited save: the account, its roles and the event.
/// </summary>
public sealed class CreateUser(IDbContextFactory<GovDataDbContext> contextFactory, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, NewUser input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        var email = (input.Email ?? string.Empty).Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            return AdminResult.Refused(AdminErrors.EmailInvalid, email);
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            return AdminResult.Refused(AdminErrors.NameRequired);
        }

        if (input.Roles.Count == 0)
        {
            return AdminResult.Refused(AdminErrors.RolesRequired);
        }

        if (input.Roles.FirstOrDefault(r => !Roles.Staff.Contains(r)) is { } unknown)
        {
            return AdminResult.Refused(AdminErrors.RoleUnknown, unknown);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == input.DepartmentId, cancellationToken);
        if (department is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        if (!department.IsActive)
        {
            return AdminResult.Refused(AdminErrors.ParentInactive, department.Name);
        }

        var normalized = userManager.NormalizeEmail(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.EmailTaken, email);
        }

        var account = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = userManager.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalized,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            DepartmentId = department.Id,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        var problems = await UserAdministration.PasswordProblemsAsync(userManager, account, input.Password ?? string.Empty);
        if (problems.Count > 0)
        {
            return AdminResult.Refused(AdminErrors.PasswordWeak, string.Join(" ", problems));
        }

        account.PasswordHash = userManager.PasswordHasher.HashPassword(account, input.Password!);
        var roleIds = await UserAdministration.RoleIdsAsync(db, cancellationToken);
        db.Users.Add(account);
        db.UserRoles.AddRange(input.Roles.Distinct(StringComparer.Ordinal)
            .Select(r => new IdentityUserRole<string> { UserId = account.Id, RoleId = roleIds[r] }));
        db.RecordEvent(AdminAudit.UserCreated, nameof(ApplicationUser), account.Id,
            AuditSummary.Of(("email", email), ("department", department.Code), ("roles", string.Join(",", input.Roles))));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Refused(AdminErrors.EmailTaken, email);
        }

        return AdminResult.Done();
    }
}
