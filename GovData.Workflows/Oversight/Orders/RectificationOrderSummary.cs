using System.Globalization;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>What the department's lead and the bureau read on the instance page: the department, the item of Art. 34,
/// the facts, the due date, and once reported the report and the bureau's comments. The order page has the evidence.</summary>
public sealed class RectificationOrderSummary : IWorkflowSubjectSummary
{
    public const string Prefix = "Subject.RectificationOrder.";

    private static readonly RectificationOrderProcess Process = new();

    public async Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        if (!int.TryParse(instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await db.RectificationOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } order)
        {
            return [];
        }

        var department = await db.Departments.AsNoTracking().Where(d => d.Id == order.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var facts = new List<SubjectFact>
        {
            SubjectFact.Of(Prefix + "Order", string.Create(CultureInfo.InvariantCulture, $"#{order.Id}"), Process.SubjectLink(order.Id)),
            SubjectFact.Of(Prefix + "Department", department),
            SubjectFact.Of(Prefix + "Violation", ViolationText.Chinese(order.Violation)),
            SubjectFact.Of(Prefix + "Facts", order.Facts),
            SubjectFact.Of(Prefix + "DueOn", order.DueOn),
        };
        if (order.ReportText is { } report)
        {
            facts.Add(SubjectFact.Of(Prefix + "Report", report));
        }

        if (order.BureauComment is { } comment)
        {
            facts.Add(SubjectFact.Of(Prefix + "BureauComment", comment));
        }

        return facts;
    }

    public Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
