using System.Xml;
using GovData.Workflows.Uploads;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>The sheets listed in a workbook part (name and relationship id), transitional or strict, any prefixes.</summary>
internal static class WorkbookXml
{
    private static readonly string[] MainNamespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    private static readonly string[] RelationshipNamespaces =
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

    public static IReadOnlyList<(string Name, string RelationshipId)> ReadSheets(Stream workbook, long maxCharacters)
    {
        using (workbook)
        {
            var sheets = new List<(string, string)>();
            using var reader = XmlReader.Create(workbook, SafeXml.Settings(maxCharacters));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet" || !MainNamespaces.Contains(reader.NamespaceURI))
                {
                    continue;
                }

                var name = reader.GetAttribute("name");
                var id = RelationshipNamespaces.Select(ns => reader.GetAttribute("id", ns)).FirstOrDefault(v => v is not null);
                if (name is not null && id is not null)
                {
                    sheets.Add((name, id));
                }
            }

            return sheets;
        }
    }
}
