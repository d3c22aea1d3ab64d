using GovData.Domain;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>
/// What a move would change before it is made: which bureau supervises the department (and its sub-tree) before and
/// after, and how many descendants move with it. <see cref="Refusal"/> is set when the move is not allowed.
/// </summary>
public sealed record DepartmentMovePreview(
    string Department,
    string? BureauBefore,
    string? BureauAfter,
    int DescendantsMoving,
    AdminResult? Refusal)
{
    public bool ChangesBureau => !string.Equals(BureauBefore, BureauAfter, StringComparison.Ordinal);
}

public sealed class PreviewDepartmentMove(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<DepartmentMovePreview?> ExecuteAsync(UserContext user, int departmentId, int? newParentId, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await DepartmentNodes.LoadAsync(db, cancellationToken);
        return Preview(nodes, departmentId, newParentId);
    }

    internal static DepartmentMovePreview? Preview(List<DepartmentNode> nodes, int departmentId, int? newParentId)
    {
        var self = nodes.SingleOrDefault(n => n.Id == departmentId);
        if (self is null)
        {
            return null;
        }

        AdminResult? refusal = null;
        if (newParentId is { } parentId && nodes.All(n => n.Id != parentId))
        {
            refusal = AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }
        else
        {
            try
            {
                DepartmentTree.CheckMove(nodes, departmentId, newParentId);
            }
            catch (DomainRuleException rule)
            {
                refusal = AdminResult.From(rule);
            }
        }

        var before = DepartmentTree.ResponsibleBureau(nodes, self.Id, self.ParentId)?.Name;
        var after = refusal is null ? DepartmentTree.ResponsibleBureau(nodes, self.Id, newParentId)?.Name : before;
        return new DepartmentMovePreview(self.Name, before, after, CountDescendants(nodes, departmentId), refusal);
    }

    private static int CountDescendants(List<DepartmentNode> nodes, int id)
    {
        var children = nodes.ToLookup(n => n.ParentId);
        var count = 0;
        var queue = new Queue<int>([id]);
        var seen = new HashSet<int> { id };
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current].Where(c => seen.Add(c.Id)))
            {
                count++;
                queue.Enqueue(child.Id);
            }
        }

        return count;
    }
}
