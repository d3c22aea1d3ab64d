using Microsoft.Extensions.Configuration.Json;

namespace GovData.Web.Infrastructure;

/// <summary>
/// GovData has one configuration file, appsettings.json at the repository root (copied beside the binaries on
/// publish). Environment variables and command-line arguments still override it, as usual in ASP.NET Core.
/// </summary>
internal static class RootAppSettings
{
    public const string FileName = "appsettings.json";

    /// <summary>Replaces the template's content-root JSON files with the root file; returns its folder.</summary>
    public static string Use(ConfigurationManager configuration)
    {
        var path = Locate();
        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource);
        foreach (var json in sources.OfType<JsonConfigurationSource>().ToList())
        {
            sources.Remove(json);
        }

        var root = Path.GetDirectoryName(path)!;
        var source = new JsonConfigurationSource { Path = FileName, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root);
        sources.Insert(index < 0 ? 0 : index, source);
        return root;
    }

    /// <summary>The root file when running from a clone (next to GovData.sln), else the copy beside the binaries.</summary>
    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovData.sln")) && File.Exists(Path.Combine(dir.FullName, FileName)))
                {
                    return Path.Combine(dir.FullName, FileName);
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, FileName);
    }
}
