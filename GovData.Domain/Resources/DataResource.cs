namespace GovData.Domain.Resources;

/// <summary>政务数据资源: one catalog entry (Art. 3, 12). Minimal fields for now; the catalog issue adds the rest.</summary>
public sealed class DataResource
{
    private DataResource()
    {
    }

    public DataResource(
        string code,
        string name,
        int providerDepartmentId,
        ShareType shareType,
        OpenType openType,
        string? legalBasis,
        string? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code.Trim();
        Name = name.Trim();
        ProviderDepartmentId = providerDepartmentId;
        Summary = summary;
        Status = CatalogStatus.Draft;
        Classify(shareType, openType, legalBasis);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int ProviderDepartmentId { get; private set; }

    public ShareType ShareType { get; private set; }

    public OpenType OpenType { get; private set; }

    /// <summary>法律、法规或者规章依据: required when the share or open type restricts (Art. 20, 27).</summary>
    public string? LegalBasis { get; private set; }

    public string? Summary { get; private set; }

    public CatalogStatus Status { get; private set; }

    public static bool NeedsLegalBasis(ShareType shareType, OpenType openType) =>
        shareType != ShareType.Unconditional || openType != OpenType.Unconditional;

    public void Classify(ShareType shareType, OpenType openType, string? legalBasis)
    {
        var basis = string.IsNullOrWhiteSpace(legalBasis) ? null : legalBasis.Trim();
        if (basis is null && NeedsLegalBasis(shareType, openType))
        {
            throw new DomainRuleException("Resource.LegalBasisRequired");
        }

        ShareType = shareType;
        OpenType = openType;
        LegalBasis = basis;
    }

    public void Publish() => Status = CatalogStatus.Published;

    public void Retire() => Status = CatalogStatus.Retired;
}
