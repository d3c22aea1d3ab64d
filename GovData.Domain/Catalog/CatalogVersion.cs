namespace GovData.Domain.Catalog;

/// <summary>One published state of a catalog entry (number 1..n): the content as published, by whom and when.</summary>
public sealed class CatalogVersion
{
    private CatalogVersion()
    {
    }

    internal CatalogVersion(int dataResourceId, int number, string contentJson, string publishedByUserId, string publishedByName, DateTime publishedAtUtc)
    {
        DataResourceId = dataResourceId;
        Number = number;
        ContentJson = contentJson;
        PublishedByUserId = publishedByUserId;
        PublishedByName = publishedByName;
        PublishedAtUtc = publishedAtUtc;
    }

    public long Id { get; private set; }

    public int DataResourceId { get; private set; }

    public int Number { get; private set; }

    public string ContentJson { get; private set; } = string.Empty;

    public string PublishedByUserId { get; private set; } = string.Empty;

    public string PublishedByName { get; private set; } = string.Empty;

    public DateTime PublishedAtUtc { get; private set; }

    public CatalogEntryContent Content() => CatalogContentJson.Read(ContentJson);
}
