using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Runtime;

/// <summary>
/// Resolves a state's deadline policy: a setting such as <c>ShareRequest.ReplyWorkingDays</c> is read from the
/// configuration section <c>Workflows</c> (<c>"Workflows": { "ShareRequest": { "ReplyWorkingDays": 5 } }</c>), the
/// definition's default otherwise.
/// </summary>
public sealed class WorkflowSettings(IConfiguration? configuration)
{
    public int? WorkingDays(DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.SettingKey is null || configuration is null)
        {
            return policy.WorkingDays;
        }

        return configuration.GetValue<int?>("Workflows:" + policy.SettingKey.Replace('.', ':')) ?? policy.WorkingDays;
    }
}
