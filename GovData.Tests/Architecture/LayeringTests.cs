using System.Reflection;
using System.Xml.Linq;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Architecture;

/// <summary>The dependency rules of docs/conventions: Web → Workflows → Domain, one DbContext per operation.</summary>
public sealed class LayeringTests
{
    private static readonly string[] InfrastructurePrefixes =
        ["Microsoft.EntityFrameworkCore", "Hangfire", "ClosedXML", "DocumentFormat.OpenXml", "MudBlazor", "Microsoft.AspNetCore", "Stateless"];

    [Fact]
    public void Components_NeverInjectADbContext()
    {
        var components = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(components);

        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var offenders = new List<string>();
        foreach (var component in components)
        {
            for (var type = component; type is not null && type != typeof(ComponentBase); type = type.BaseType)
            {
                offenders.AddRange(type.GetProperties(all | BindingFlags.DeclaredOnly)
                    .Where(p => p.IsDefined(typeof(InjectAttribute), inherit: true) && IsDbContext(p.PropertyType))
                    .Select(p => $"{component.FullName}.{p.Name}"));
            }

            // Components may also take services through their constructor.
            offenders.AddRange(component.GetConstructors(all)
                .SelectMany(c => c.GetParameters())
                .Where(p => IsDbContext(p.ParameterType))
                .Select(p => $"{component.FullName}({p.Name})"));
        }

        Assert.True(offenders.Count == 0, "Use IDbContextFactory<GovDataDbContext> (one context per operation) in a use case: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Domain_ReferencesNoInfrastructure()
    {
        var domain = typeof(Roles).Assembly;
        var referenced = domain.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.DoesNotContain(referenced, name => InfrastructurePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

        // A package referenced but not (yet) used leaves no assembly reference: check the project file too.
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "GovData.Domain", "GovData.Domain.csproj"));
        var packages = project.Descendants("PackageReference").Select(e => (string?)e.Attribute("Include") ?? string.Empty).ToList();
        Assert.DoesNotContain(packages, name => InfrastructurePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("FrameworkReference"));
    }

    [Fact]
    public void Workflows_DoNotReferenceTheUi()
    {
        var referenced = typeof(GovDataDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("GovData.Web", referenced);
        Assert.DoesNotContain("MudBlazor", referenced);
    }

    private static bool IsDbContext(Type type) => typeof(DbContext).IsAssignableFrom(type);
}
