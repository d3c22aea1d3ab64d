namespace GovData.Domain.Departments;

/// <summary>One node of the department tree as the rules need it (id, parent, kind, level).</summary>
public sealed record DepartmentNode(int Id, int? ParentId, DepartmentKind Kind, DepartmentLevel Level, string Code, string Name);

/// <summary>
/// Rules over the whole tree: a move that would make a cycle is refused, and which data bureau is responsible for a
/// department (Art. 5, <see cref="Departments.ResponsibleBureau"/>).
/// </summary>
public static class DepartmentTree
{
    /// <summary>Throws when <paramref name="newParentId"/> is the department itself or one of its descendants.</summary>
    public static void CheckMove(IReadOnlyCollection<DepartmentNode> nodes, int id, int? newParentId)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (newParentId is null)
        {
            return;
        }

        if (newParentId == id)
        {
            throw new DomainRuleException(DepartmentErrors.MoveUnderItself);
        }

        var byId = nodes.ToDictionary(n => n.Id);
        var cursor = newParentId;
        var seen = new HashSet<int>();
        while (cursor is { } current && byId.TryGetValue(current, out var node) && seen.Add(current))
        {
            if (node.ParentId == id)
            {
                throw new DomainRuleException(DepartmentErrors.MoveUnderOwnChild, byId[newParentId.Value].Name);
            }

            cursor = node.ParentId;
        }
    }

    /// <summary>
    /// The bureau responsible for the department <paramref name="selfId"/> if it sat under <paramref name="parentId"/>:
    /// <see cref="Departments.ResponsibleBureau"/>'s rule (the one the processes route by), not a rule of its own.
    /// </summary>
    public static DepartmentNode? ResponsibleBureau(IReadOnlyCollection<DepartmentNode> nodes, int selfId, int? parentId)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var self = nodes.Single(n => n.Id == selfId);
        return Departments.ResponsibleBureau.Of(self.Level, parentId, nodes);
    }
}
