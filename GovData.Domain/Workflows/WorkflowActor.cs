using GovData.Domain.Identity;

namespace GovData.Domain.Workflows;

/// <summary>Who may fire a trigger or must act in a state: a role held in a department that stands in
/// <see cref="Relation"/> to the instance (e.g. an Approver of the provider).</summary>
public sealed record WorkflowActor(string Role, DepartmentRelation Relation)
{
    public bool Matches(UserContext user, WorkflowInstance instance) =>
        user.IsInRole(Role) && WorkflowAccess.Holds(Relation, user, instance);

    public override string ToString() => $"{Role}@{Relation}";
}

/// <summary>The department relations of a user to an instance, and who may see it at all.</summary>
public static class WorkflowAccess
{
    public static bool Holds(DepartmentRelation relation, UserContext user, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(instance);
        var department = user.DepartmentId;
        return relation switch
        {
            DepartmentRelation.Provider => department is not null && department == instance.ProviderDepartmentId,
            DepartmentRelation.Requester => department is not null && department == instance.RequesterDepartmentId,
            DepartmentRelation.DataBureau => department is not null && user.DepartmentIsDataBureau,
            DepartmentRelation.Assignee => department is not null && department == instance.AssigneeDepartmentId,
            DepartmentRelation.Initiator => user.UserId.Length > 0 && user.UserId == instance.StartedByUserId,
            // An assignment relation only (resolved by the runtime when a state is entered): nobody holds it as a guard.
            _ => false,
        };
    }

    /// <summary>The departments involved, the bureau supervising one of them (the municipal bureau and the system
    /// administrator: every instance) and the user who started it (an applicant without a department sees their own
    /// instance and nothing else) see an instance; nobody else learns it exists.</summary>
    public static bool CanSee(UserContext user, WorkflowInstance instance) =>
        user.SupervisesDepartment(instance.ProviderDepartmentId)
        || user.SupervisesDepartment(instance.RequesterDepartmentId)
        || Holds(DepartmentRelation.Provider, user, instance)
        || Holds(DepartmentRelation.Requester, user, instance)
        || Holds(DepartmentRelation.Assignee, user, instance)
        || (instance.StartedByUserId.Length > 0 && instance.StartedByUserId == user.UserId);
}
