using GovData.Domain.Resources;

namespace GovData.Domain.Sharing;

/// <summary>The rules every way of obtaining data from a resource shares (Art. 18–20).</summary>
public static class SharingRules
{
    /// <summary>The resource may be asked for in the way <paramref name="expected"/> (and is published, not ours).</summary>
    public static void EnsureRequestable(DataResource resource, ShareType expected, int requestingDepartmentId)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Status != CatalogStatus.Published)
        {
            throw new DomainRuleException(SharingErrors.NotPublished, resource.Code.Value);
        }

        if (resource.ShareType == ShareType.NotShared)
        {
            throw new DomainRuleException(SharingErrors.NotShared, resource.Code.Value, resource.LegalBasis ?? string.Empty);
        }

        if (resource.ShareType != expected)
        {
            throw new DomainRuleException(
                expected == ShareType.Conditional ? SharingErrors.NotConditional : SharingErrors.NotUnconditional, resource.Code.Value);
        }

        if (resource.ProviderDepartmentId == requestingDepartmentId)
        {
            throw new DomainRuleException(SharingErrors.OwnResource, resource.Code.Value);
        }
    }

    /// <summary>At least one item, each of them an item of <paramref name="resource"/>.</summary>
    public static IReadOnlyList<int> EnsureItemsOf(DataResource resource, IEnumerable<int> chosen, IEnumerable<DataItem> itemsOfResource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var ids = chosen.Distinct().Order().ToList();
        if (ids.Count == 0)
        {
            throw new DomainRuleException(SharingErrors.ItemsRequired);
        }

        var own = itemsOfResource.Where(i => i.DataResourceId == resource.Id).Select(i => i.Id).ToHashSet();
        var foreign = ids.FirstOrDefault(id => !own.Contains(id));
        if (foreign != 0 || ids.Contains(0))
        {
            throw new DomainRuleException(SharingErrors.ItemNotOfResource, foreign, resource.Code.Value);
        }

        return ids;
    }

    public static string Required(string? value, string errorKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(errorKey);
        }

        return value.Trim();
    }
}
