using GovData.Domain.Resources;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>One column of a dataset: the data item it holds (name and type as the catalog has them now).</summary>
public sealed record DatasetColumn(int ItemId, string Name, string EnglishName, DataItemType Type);
