namespace GovData.Tests.Support;

/// <summary>Where the repository is, seen from the test binaries (the folder holding GovData.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built in (Debug or Release), taken from the output path.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"GovData.sln not found above {AppContext.BaseDirectory}.");
    }
}
