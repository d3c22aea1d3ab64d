using System.Globalization;
using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

public sealed record SubmitOpenDataApplicationCommand(
    int EntryId,
    IReadOnlyList<int> WantedItemIds,
    string? Purpose,
    string? UseScenario,
    ApplicantDetails Applicant,
    bool WrittenReplyWanted);

/// <summary>
/// Art. 26: a registered public applicant applies for a published 依申请开放 entry. The application and its
/// "OpenDataApplication" instance (in the provider's approver inbox, due 15 working days after receipt) are saved in
/// one transaction; a form with broken rules changes nothing and returns every violation.
/// </summary>
public sealed class SubmitOpenDataApplication(UnitOfWork unitOfWork, StartWorkflow startWorkflow, TimeProvider time)
{
    public const string SubjectType = "OpenDataApplication";

    public Task<OpenDataApplicationResult> ExecuteAsync(UserContext user, SubmitOpenDataApplicationCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Applicant))
        {
            return Task.FromResult(OpenDataApplicationResult.Refused(OpenDataApplicationErrors.NotAllowed));
        }

        return unitOfWork.RunAsync(user, (db, ct) => SubmitAsync(db, user, command, ct), cancellationToken);
    }

    private async Task<OpenDataApplicationResult> SubmitAsync(GovDataDbContext db, UserContext user, SubmitOpenDataApplicationCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.DataResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.EntryId, cancellationToken);
        if (entry is null)
        {
            return OpenDataApplicationResult.Refused(OpenDataApplicationErrors.EntryNotFound, command.EntryId);
        }

        var items = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == entry.Id).ToListAsync(cancellationToken);
        var violations = OpenDataApplication.Check(entry, items, command.Applicant, command.WantedItemIds, command.Purpose, command.UseScenario);
        if (violations.Count > 0)
        {
            return OpenDataApplicationResult.Refused(violations);
        }

        OpenDataApplication application;
        try
        {
            application = OpenDataApplication.Submit(
                entry, items, user.UserId, command.Applicant, command.WantedItemIds, command.Purpose, command.UseScenario,
                command.WrittenReplyWanted, time.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException rule)
        {
            return OpenDataApplicationResult.From(rule);
        }

        db.OpenDataApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        var started = await startWorkflow.ExecuteInAsync(
            db,
            new StartWorkflowRequest(
                OpenDataApplicationWorkflowV1.DefinitionName, SubjectType, application.Id.ToString(CultureInfo.InvariantCulture),
                application.ProviderDepartmentId, null, application.Purpose, Title: entry.Name + " · " + application.ApplicantName),
            user,
            cancellationToken);
        if (!started.Succeeded)
        {
            db.RollBack();
            return OpenDataApplicationResult.Refused(started.MessageKey ?? OpenDataApplicationErrors.NotAllowed, [.. started.Arguments]);
        }

        application.AttachWorkflow(started.InstanceId!.Value);
        await db.SaveChangesAsync(cancellationToken);
        var dueOn = await db.WorkflowInstances.Where(i => i.Id == started.InstanceId).Select(i => i.DueOn).SingleAsync(cancellationToken);
        return OpenDataApplicationResult.Done(application.Id, started.InstanceId.Value, dueOn);
    }
}
