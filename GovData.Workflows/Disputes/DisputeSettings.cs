using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

/// <summary>The dispute's time limits beside its states' own (read like them from <c>Workflows:Dispute:*</c>):
/// how long each party has for its statement, and how far the bureau's one extension moves its decision deadline.</summary>
public sealed class DisputeSettings(WorkflowSettings settings)
{
    public const string StatementWorkingDaysSetting = "Dispute.StatementWorkingDays";
    public const string ExtensionWorkingDaysSetting = "Dispute.ExtensionWorkingDays";
    public const int DefaultStatementWorkingDays = 3;
    public const int DefaultExtensionWorkingDays = 5;

    public int StatementWorkingDays =>
        settings.WorkingDays(DeadlinePolicy.FromSetting(StatementWorkingDaysSetting, DefaultStatementWorkingDays)) ?? DefaultStatementWorkingDays;

    public int ExtensionWorkingDays =>
        settings.WorkingDays(DeadlinePolicy.FromSetting(ExtensionWorkingDaysSetting, DefaultExtensionWorkingDays)) ?? DefaultExtensionWorkingDays;

    public int GrantWorkingDays =>
        settings.WorkingDays(DeadlinePolicy.FromSetting(DisputeWorkflowV1.GrantWorkingDaysSetting, DisputeWorkflowV1.DefaultGrantWorkingDays))
        ?? DisputeWorkflowV1.DefaultGrantWorkingDays;
}
