using System.Globalization;

namespace GovData.Workflows.Disputes;

/// <summary>
/// The words of the dispute decision document, from the feature's resource texts (DisputeResource, <c>Document.*</c>) in
/// the official language (zh-CN) whatever the officer's UI language: the web app supplies them. Without it (jobs, tests)
/// the keys themselves are printed, so a missing registration is visible, never silent.
/// </summary>
public interface IDisputeDecisionTexts
{
    string Text(string key, params object[] arguments);
}

internal sealed class KeyDisputeDecisionTexts : IDisputeDecisionTexts
{
    public string Text(string key, params object[] arguments) =>
        arguments.Length == 0 ? key : key + " " + string.Join(" ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)));
}
