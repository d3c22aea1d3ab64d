using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Integration;

/// <param name="ExpiresAtUtc">Optional: the key stops working at this instant.</param>
public sealed record CreateApiKeyCommand(string? Name, DateTime? ExpiresAtUtc = null);

/// <summary>
/// The new key. <see cref="PlaintextKey"/> is returned only here, once: only its hash is stored, so it cannot be
/// shown again.
/// </summary>
public sealed record CreatedApiKey(int Id, string Prefix, string PlaintextKey);

public sealed record CreateApiKeyResult(IntegrationResult Outcome, CreatedApiKey? Key)
{
    public bool Succeeded => Outcome.Succeeded;
}

/// <summary>The CatalogManager creates a key for the department's system (audited by SaveChanges; the hash masked).</summary>
public sealed class CreateApiKey(UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<CreateApiKeyResult> ExecuteAsync(UserContext user, CreateApiKeyCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!IntegrationAccess.CanCreate(user))
        {
            return new(IntegrationResult.Refused(IntegrationErrors.NotAllowed), null);
        }

        var secret = ApiKeySecret.Generate();
        try
        {
            // Built inside the unit of work: a retried attempt adds a new entity, not one a failed save touched.
            var key = await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                var key = DepartmentApiKey.Create(
                    user.DepartmentId!.Value, command.Name, secret, user.UserId, time.GetUtcNow().UtcDateTime, command.ExpiresAtUtc);
                db.DepartmentApiKeys.Add(key);
                await db.SaveChangesAsync(ct);
                return key;
            }, cancellationToken);
            return new(IntegrationResult.Done(), new CreatedApiKey(key.Id, key.Prefix, secret.Value));
        }
        catch (DomainRuleException rule)
        {
            return new(IntegrationResult.From(rule), null);
        }
    }
}
