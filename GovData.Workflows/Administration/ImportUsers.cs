using System.ComponentModel.DataAnnotations;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record UserImportResult(bool Succeeded, int Created, IReadOnlyList<UserImportError> Errors, AdminResult? Refusal)
{
    public static UserImportResult Refused(AdminResult refusal) => new(false, 0, [], refusal);
}

/// <summary>
/// Creates the people of one department from the workbook, all or nothing: every row is checked (e-mail valid and
/// new, also within the file; name; the department's own code — another department's people are refused; known staff
/// roles; Identity's password rules) and any error writes nothing. One save creates every account, its roles and one
/// audit event.
/// </summary>
public sealed class ImportUsers(IDbContextFactory<GovDataDbContext> contextFactory, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    public async Task<UserImportResult> ExecuteAsync(UserContext user, int departmentId, Stream xlsx, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return UserImportResult.Refused(AdminResult.Refused(AdminErrors.NotAllowed));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return UserImportResult.Refused(AdminResult.Refused(AdminErrors.DepartmentNotFound));
        }

        if (!department.IsActive)
        {
            return UserImportResult.Refused(AdminResult.Refused(AdminErrors.ParentInactive, department.Name));
        }

        var (rows, fileErrors) = UserImportWorkbook.Read(xlsx);
        if (fileErrors.Count > 0)
        {
            return new(false, 0, fileErrors, null);
        }

        var emails = rows.Select(r => userManager.NormalizeEmail(r.Email)).ToList();
        var taken = (await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var externalIds = rows.Where(r => r.ExternalId.Length > 0).Select(r => r.ExternalId).ToList();
        var takenExternal = (await db.Users.Where(u => u.ExternalId != null && externalIds.Contains(u.ExternalId)).Select(u => u.ExternalId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var seenExternal = new Dictionary<string, int>(StringComparer.Ordinal);
        var roleIds = await UserAdministration.RoleIdsAsync(db, cancellationToken);
        var errors = new List<UserImportError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var accounts = new List<(ApplicationUser Account, List<string> Roles, string Password)>();
        foreach (var row in rows)
        {
            void Error(string column, string key, params object[] arguments) => errors.Add(new(row.Row, column, key, arguments));
            var normalized = userManager.NormalizeEmail(row.Email);
            if (!new EmailAddressAttribute().IsValid(row.Email) || row.Email.Length > 256)
            {
                Error(UserImportWorkbook.Email, AdminErrors.EmailInvalid, row.Email);
            }
            else if (taken.Contains(normalized))
            {
                Error(UserImportWorkbook.Email, AdminErrors.EmailTaken, row.Email);
            }
            else if (seen.TryGetValue(normalized, out var first))
            {
                Error(UserImportWorkbook.Email, "Import.EmailTwice", row.Email, first);
            }
            else
            {
                seen[normalized] = row.Row;
            }

            if (row.DisplayName.Length == 0)
            {
                Error(UserImportWorkbook.Name, AdminErrors.NameRequired);
            }

            if (!string.Equals(row.DepartmentCode, department.Code, StringComparison.OrdinalIgnoreCase))
            {
                Error(UserImportWorkbook.Department, "Import.OtherDepartment", row.DepartmentCode, department.Code);
            }

            var (roles, unknown) = UserImportWorkbook.ParseRoles(row.Roles);
            if (unknown.Count > 0)
            {
                Error(UserImportWorkbook.RolesColumn, AdminErrors.RoleUnknown, string.Join("、", unknown));
            }
            else if (roles.Count == 0)
            {
                Error(UserImportWorkbook.RolesColumn, AdminErrors.RolesRequired);
            }

            if (row.ExternalId.Length > SetUserExternalId.MaxLength || row.ExternalId.Any(char.IsControl))
            {
                Error(UserImportWorkbook.ExternalId, AdminErrors.ExternalIdInvalid, SetUserExternalId.MaxLength);
            }
            else if (row.ExternalId.Length > 0 && takenExternal.Contains(row.ExternalId))
            {
                Error(UserImportWorkbook.ExternalId, AdminErrors.ExternalIdTaken, row.ExternalId);
            }
            else if (row.ExternalId.Length > 0 && !seenExternal.TryAdd(row.ExternalId, row.Row))
            {
                Error(UserImportWorkbook.ExternalId, AdminErrors.ExternalIdTaken, row.ExternalId);
            }

            var account = new ApplicationUser
            {
                UserName = row.Email,
                NormalizedUserName = userManager.NormalizeName(row.Email),
                Email = row.Email,
                NormalizedEmail = normalized,
                EmailConfirmed = true,
                DisplayName = row.DisplayName,
                DepartmentId = department.Id,
                ExternalId = row.ExternalId.Length > 0 ? row.ExternalId : null,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            var problems = await UserAdministration.PasswordProblemsAsync(userManager, account, row.Password);
            if (problems.Count > 0)
            {
                Error(UserImportWorkbook.Password, AdminErrors.PasswordWeak, string.Join(" ", problems));
            }

            accounts.Add((account, roles, row.Password));
        }

        if (errors.Count > 0)
        {
            return new(false, 0, errors, null);
        }

        foreach (var (account, roles, password) in accounts)
        {
            account.PasswordHash = userManager.PasswordHasher.HashPassword(account, password);
            db.Users.Add(account);
            db.UserRoles.AddRange(roles.Select(r => new IdentityUserRole<string> { UserId = account.Id, RoleId = roleIds[r] }));
        }

        db.RecordEvent("Admin.UsersImported", nameof(ApplicationUser), null, AuditSummary.Of(("department", department.Code), ("count", accounts.Count)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created one of these e-mails meanwhile: the unique index refused the whole save.
            return UserImportResult.Refused(AdminResult.Refused(AdminErrors.EmailTaken, string.Empty));
        }

        return new(true, accounts.Count, [], null);
    }
}
