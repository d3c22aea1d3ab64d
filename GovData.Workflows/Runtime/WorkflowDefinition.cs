namespace GovData.Workflows.Runtime;

/// <summary>
/// One process in one version, as code: subclass it once per version (never edit a published one — the fingerprint
/// test fails; add the next version instead). Registered in DI as <see cref="WorkflowDefinition"/>.
/// </summary>
public abstract class WorkflowDefinition
{
    private readonly Lazy<WorkflowShape> _shape;

    protected WorkflowDefinition(string name, int version, bool published)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Name = name;
        Version = version;
        Published = published;
        _shape = new Lazy<WorkflowShape>(() =>
        {
            var builder = new WorkflowBuilder();
            Define(builder);
            return builder.Build();
        });
    }

    public string Name { get; }

    public int Version { get; }

    /// <summary>Only published versions start new instances; an unpublished one is a draft.</summary>
    public bool Published { get; }

    public WorkflowShape Shape => _shape.Value;

    public string Fingerprint => Shape.Fingerprint;

    public string Key => $"{Name}/{Version}";

    protected abstract void Define(WorkflowBuilder builder);
}
