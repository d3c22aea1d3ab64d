using System.Globalization;
using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>An order as the officer writes it; <see cref="ProposalId"/> when it is issued from a proposal.</summary>
public sealed record IssueOrderCommand(
    int DepartmentId,
    RectificationViolation Violation,
    string? Facts,
    IReadOnlyList<EvidenceLink> Evidence,
    int WorkingDays,
    int? ProposalId = null);

/// <summary>
/// A bureau officer orders a department it supervises to correct a violation (Art. 34): the order, its deadline (the
/// end of the Nth working day after today, from the calendar), and the RectificationOrder workflow assigned to the
/// department's lead, in one unit of work. From a proposal, the proposal is marked issued in the same transaction (a
/// proposal dismissed or issued meanwhile refuses the order; nothing is written).
/// </summary>
public sealed class IssueRectificationOrder(UnitOfWork unitOfWork, StartWorkflow startWorkflow, WorkingDayCalendarProvider calendars, TimeProvider time)
{
    public const string SubjectType = "RectificationOrder";

    public const int DefaultWorkingDays = 15;

    public async Task<OversightResult> ExecuteAsync(UserContext user, IssueOrderCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!OversightAccess.MayOversee(user, command.DepartmentId))
        {
            return OversightResult.Refused(OversightErrors.NotAllowed);
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => IssueAsync(db, user, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return OversightResult.From(rule);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OversightResult.Refused(OversightErrors.ProposalNotOpen, command.ProposalId ?? 0);
        }
    }

    private async Task<OversightResult> IssueAsync(GovDataDbContext db, UserContext user, IssueOrderCommand command, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DepartmentId, cancellationToken);
        if (department is null)
        {
            return OversightResult.Refused(OversightErrors.NotFound);
        }

        RectificationProposal? proposal = null;
        if (command.ProposalId is { } proposalId)
        {
            proposal = await db.RectificationProposals.SingleOrDefaultAsync(p => p.Id == proposalId && p.DepartmentId == command.DepartmentId, cancellationToken);
            if (proposal is not { IsOpen: true })
            {
                return OversightResult.Refused(OversightErrors.ProposalNotOpen, proposalId);
            }
        }

        await OrderEvidence.EnsureExistAsync(db, command.Evidence, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var days = command.WorkingDays is >= 1 and <= RectificationOrder.MaxWorkingDays ? command.WorkingDays : 0;
        var due = days > 0 ? calendar.AddWorkingDays(today, days) : today;
        var order = RectificationOrder.Issue(
            command.DepartmentId, command.Violation, command.Facts, command.Evidence, days, today, due, user.UserId, command.ProposalId, now);
        db.RectificationOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        var started = await startWorkflow.ExecuteInAsync(
            db,
            new StartWorkflowRequest(
                RectificationOrderWorkflowV1.DefinitionName, SubjectType, order.Id.ToString(CultureInfo.InvariantCulture),
                command.DepartmentId, null, order.Facts, Title: TitleOf(department.Name, command.Violation)),
            user,
            cancellationToken);
        if (!started.Succeeded)
        {
            db.RollBack();
            return OversightResult.Refused(started.MessageKey ?? OversightErrors.NotAllowed, [.. started.Arguments]);
        }

        order.Started(started.InstanceId!.Value);
        proposal?.Issue(order.Id, user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return OversightResult.Done(order.Id, started.InstanceId);
    }

    /// <summary>How lists name an order: the department, then the item of Art. 34.</summary>
    public static string TitleOf(string departmentName, RectificationViolation violation) =>
        departmentName + " · " + ViolationText.Chinese(violation);
}
