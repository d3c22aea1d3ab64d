using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Catalog;

/// <summary>
/// 目录审核, version 2 (decision 0017): as <see cref="CatalogReviewWorkflowV1"/>, but a submitted draft is assigned to
/// the data bureau responsible for the provider (the district bureau for a district department of its district, the
/// municipal bureau otherwise), so district entries reach the district bureau's inbox. Who may decide is still any
/// bureau officer by the definition, narrowed by <see cref="CatalogReviewSubjectHandler"/>'s guard (decision 0015), so a
/// district officer is offered no Publish/Return on a municipal entry. V1 stays registered for its running instances.
/// </summary>
public sealed class CatalogReviewWorkflowV2() : WorkflowDefinition(CatalogReviewWorkflowV1.DefinitionName, 2, published: true)
{
    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(CatalogReviewWorkflowV1.Draft)
            .AssignTo(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.State(CatalogReviewWorkflowV1.Submitted)
            .AssignTo(Roles.BureauOfficer, DepartmentRelation.ResponsibleBureau)
            .WithDeadline(DeadlinePolicy.FromSetting(CatalogReviewWorkflowV1.ReviewWorkingDaysSetting, CatalogReviewWorkflowV1.DefaultReviewWorkingDays));
        builder.State(CatalogReviewWorkflowV1.Returned)
            .AssignTo(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Final(CatalogReviewWorkflowV1.PublishedState, CatalogReviewWorkflowV1.Cancelled);

        builder.Transition(CatalogReviewWorkflowV1.Submit, CatalogReviewWorkflowV1.Draft, CatalogReviewWorkflowV1.Submitted)
            .By(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Transition(CatalogReviewWorkflowV1.Submit, CatalogReviewWorkflowV1.Returned, CatalogReviewWorkflowV1.Submitted)
            .By(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Transition(CatalogReviewWorkflowV1.Publish, CatalogReviewWorkflowV1.Submitted, CatalogReviewWorkflowV1.PublishedState)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(CatalogReviewWorkflowV1.Return, CatalogReviewWorkflowV1.Submitted, CatalogReviewWorkflowV1.Returned)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.BureauOperations(CatalogReviewWorkflowV1.Cancelled);
    }
}
