using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Domain.Workflows;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// What a bureau officer decides on (Art. 12): the entry, its code and provider, whether it is new or a revision of
/// version N, and what the draft changes against the live version — one fact per changed field (old → new; enumerations
/// in the catalog's own Chinese wording, the same as the Excel file), items added / removed / changed.
/// </summary>
public sealed class CatalogReviewSummary : IWorkflowSubjectSummary
{
    public const string Prefix = "Subject.CatalogDraft.";
    public const string FieldPrefix = Prefix + "Field.";

    /// <summary>A field of a new entry (nothing to compare with): labelled plainly, not as a change.</summary>
    public const string ValuePrefix = Prefix + "Value.";

    private static readonly CatalogReviewProcess Process = new();

    public async Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        if (!int.TryParse(instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var draftId)
            || await db.CatalogDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken) is not { } draft)
        {
            return [];
        }

        var resource = await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == draft.DataResourceId, cancellationToken);
        var provider = await db.Departments.AsNoTracking().Where(d => d.Id == resource.ProviderDepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var content = draft.Content();
        var link = Process.SubjectLink(resource.Id);
        var facts = new List<SubjectFact>
        {
            SubjectFact.Of(Prefix + "Entry", content.Name, link),
            SubjectFact.Of(Prefix + "Code", content.Code),
            SubjectFact.Of(Prefix + "Provider", provider),
            draft.BaseVersion == 0
                ? new SubjectFact(Prefix + "NewEntry", [.. content.Items.Select(i => i.Name)])
                : SubjectFact.Of(Prefix + "RevisionOf", "v" + draft.BaseVersion.ToString(CultureInfo.InvariantCulture)),
        };

        // Once published the live entry already holds the draft: the change is told by the version page instead.
        if (draft.Status == CatalogDraftStatus.Published)
        {
            return facts;
        }

        if (draft.BaseVersion == 0)
        {
            // Nothing to compare with: what the officer weighs first (Art. 12–14, 20, 27), the rest is one click away.
            facts.AddRange(KeyFields(content)
                .Where(f => !string.IsNullOrWhiteSpace(f.Value))
                .Select(f => SubjectFact.Of(ValuePrefix + f.Field, Show(f.Field, f.Value))));
            return facts;
        }

        var diff = CatalogDiff.Between(resource.ToContent(), content);
        facts.AddRange(diff.Fields.Select(f => SubjectFact.Of(FieldPrefix + f.Field, $"{Show(f.Field, f.Before)} → {Show(f.Field, f.After)}")));
        Add(facts, "ItemsAdded", diff.ItemsAdded);
        Add(facts, "ItemsRemoved", diff.ItemsRemoved);
        Add(facts, "ItemsChanged", [.. diff.ItemsChanged.Select(c => c.Name)]);
        if (diff.IsEmpty)
        {
            facts.Add(SubjectFact.Of(Prefix + "NoChanges", "—"));
        }

        return facts;
    }

    public Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A diff value as people read it: enumerations in the catalog's wording, empty as a dash.</summary>
    public static string Show(string field, string? value) => value is null ? "—" : field switch
    {
        nameof(CatalogEntryContent.CatalogClass) => Text(CatalogVocabulary.CatalogClasses, value),
        nameof(CatalogEntryContent.Theme) => Text(CatalogVocabulary.Themes, value),
        nameof(CatalogEntryContent.BaseResourceKind) => Text(CatalogVocabulary.BaseResourceKinds, value),
        nameof(CatalogEntryContent.PriorityDomain) => Text(CatalogVocabulary.PriorityDomains, value),
        nameof(CatalogEntryContent.Format) => Text(CatalogVocabulary.ResourceFormats, value),
        nameof(CatalogEntryContent.ShareType) => Text(CatalogVocabulary.ShareTypes, value),
        nameof(CatalogEntryContent.ShareMethod) => Text(CatalogVocabulary.ShareMethods, value),
        nameof(CatalogEntryContent.OpenType) => Text(CatalogVocabulary.OpenTypes, value),
        nameof(CatalogEntryContent.UpdateCycle) => Text(CatalogVocabulary.UpdateCycles, value),
        _ => value,
    };

    private static IEnumerable<(string Field, string? Value)> KeyFields(CatalogEntryContent content) =>
    [
        (nameof(content.CatalogClass), content.CatalogClass.ToString()),
        (nameof(content.Summary), content.Summary),
        (nameof(content.ShareType), content.ShareType.ToString()),
        (nameof(content.ShareCondition), content.ShareCondition),
        (nameof(content.OpenType), content.OpenType.ToString()),
        (nameof(content.OpenCondition), content.OpenCondition),
        (nameof(content.LegalBasis), content.LegalBasis),
        (nameof(content.UpdateCycle), content.UpdateCycle.ToString()),
    ];

    private static string Text<TEnum>(EnumTexts<TEnum> texts, string value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var member) ? texts.TextOf(member) : value;

    private static void Add(List<SubjectFact> facts, string label, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            facts.Add(new SubjectFact(Prefix + label, [.. names]));
        }
    }
}
