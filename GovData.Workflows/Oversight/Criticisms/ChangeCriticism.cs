using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Criticisms;

/// <summary>
/// The bureau's steps on a criticism, each one audited unit of work: edit the draft, publish it (with the text as edited,
/// in the same step), withdraw a published one with a reason. Only a bureau that supervises the department; a step on a
/// criticism someone changed meanwhile is refused with <see cref="OversightErrors.Conflict"/>.
/// </summary>
public sealed class ChangeCriticism(UnitOfWork unitOfWork, TimeProvider time)
{
    public Task<OversightResult> SaveDraftAsync(UserContext user, int id, int revision, string? title, string? body, CancellationToken cancellationToken = default) =>
        RunAsync(user, id, revision, c => c.Edit(title, body), cancellationToken);

    public Task<OversightResult> PublishAsync(UserContext user, int id, int revision, string? title, string? body, CancellationToken cancellationToken = default) =>
        RunAsync(user, id, revision, c =>
        {
            c.Edit(title, body);
            c.Publish(user.UserId, ChinaTime.Today(time));
        }, cancellationToken);

    public Task<OversightResult> WithdrawAsync(UserContext user, int id, int revision, string? reason, CancellationToken cancellationToken = default) =>
        RunAsync(user, id, revision, c => c.Withdraw(reason, user.UserId, time.GetUtcNow().UtcDateTime), cancellationToken);

    private async Task<OversightResult> RunAsync(UserContext user, int id, int revision, Action<PublicCriticism> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                var criticism = await db.PublicCriticisms.SingleOrDefaultAsync(c => c.Id == id, ct);
                if (criticism is null || !OversightAccess.MayOversee(user, criticism.DepartmentId))
                {
                    return OversightResult.Refused(OversightErrors.NotFound);
                }

                if (criticism.Revision != revision)
                {
                    return OversightResult.Refused(OversightErrors.Conflict);
                }

                change(criticism);
                await db.SaveChangesAsync(ct);
                return OversightResult.Done(criticism.Id);
            }, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return OversightResult.From(rule);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OversightResult.Refused(OversightErrors.Conflict);
        }
    }
}
