namespace GovData.Domain.Workflows;

/// <summary>How the acting user's department stands to a workflow instance; guards and assignees name one.</summary>
public enum DepartmentRelation
{
    /// <summary>The department that holds the data (提供部门).</summary>
    Provider = 1,

    /// <summary>The department that asked for it (需求部门).</summary>
    Requester = 2,

    /// <summary>Any data bureau (大数据主管部门): the bureau's oversight operations.</summary>
    DataBureau = 3,

    /// <summary>The department the instance is assigned to now (after a reassignment it may differ from the provider).</summary>
    Assignee = 4,

    /// <summary>The data bureau responsible for the provider (<see cref="ResponsibleBureau"/>): the district bureau for a
    /// district department of its district, the municipal bureau otherwise. Names who must act in a state; a trigger
    /// names <see cref="DataBureau"/> and leaves the finer rule to the subject's guard.</summary>
    ResponsibleBureau = 5,

    /// <summary>The user who started the instance (e.g. a public applicant, who may have no department).</summary>
    Initiator = 6,
}
