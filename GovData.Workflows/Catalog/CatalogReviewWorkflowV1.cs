using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Catalog;

/// <summary>
/// 目录审核 (Art. 12–14): the department's CatalogManager submits a draft (only if <c>CatalogRules</c> pass); the data
/// bureau's BureauOfficers review it within 10 working days (setting <see cref="ReviewWorkingDaysSetting"/>) and either
/// publish it (a new version) or return it with a comment; a returned draft is edited and submitted again. The subject is
/// a <c>CatalogDraft</c>; <see cref="CatalogReviewSubjectHandler"/> does the catalog side of each step.
/// </summary>
public sealed class CatalogReviewWorkflowV1() : WorkflowDefinition(DefinitionName, 1, published: true)
{
    public const string DefinitionName = "CatalogReview";
    public const string ReviewWorkingDaysSetting = "CatalogReview.ReviewWorkingDays";
    public const int DefaultReviewWorkingDays = 10;

    public const string Draft = nameof(Draft);
    public const string Submitted = nameof(Submitted);
    public const string Returned = nameof(Returned);
    public const string PublishedState = "Published";
    public const string Cancelled = nameof(Cancelled);

    public const string Submit = nameof(Submit);
    public const string Publish = nameof(Publish);
    public const string Return = nameof(Return);

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Draft)
            .AssignTo(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.State(Submitted)
            .AssignTo(Roles.BureauOfficer, DepartmentRelation.DataBureau)
            .WithDeadline(DeadlinePolicy.FromSetting(ReviewWorkingDaysSetting, DefaultReviewWorkingDays));
        builder.State(Returned)
            .AssignTo(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Final(PublishedState, Cancelled);

        builder.Transition(Submit, Draft, Submitted)
            .By(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Transition(Submit, Returned, Submitted)
            .By(Roles.CatalogManager, DepartmentRelation.Provider);
        builder.Transition(Publish, Submitted, PublishedState)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(Return, Submitted, Returned)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.BureauOperations(Cancelled);
    }
}
