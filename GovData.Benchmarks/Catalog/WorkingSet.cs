namespace GovData.Benchmarks.Catalog;

internal static class WorkingSet
{
    /// <summary>
    /// Resets the process's peak resident set (Linux: writing 5 to /proc/self/clear_refs resets VmHWM, which
    /// PeakWorkingSet64 reads), so a figure measures one phase and not the data generation before it.
    /// Elsewhere it does nothing and the peak covers the whole run.
    /// </summary>
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then includes the earlier phases (an upper bound).
        }
    }
}
