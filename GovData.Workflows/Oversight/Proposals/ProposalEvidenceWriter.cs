using System.Globalization;
using System.Text;
using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>
/// Writes a run's evidence rows as multi-row INSERTs inside the job's transaction. EF's SQLite provider sends one
/// command per tracked row; a first run over a city files tens of thousands of findings, which cost most of the run
/// that way (issue #12 benchmark). Evidence is not audited (decision 0025), so nothing is lost by not tracking it.
/// Table and column names come from the model; values are parameters (200 rows × 7 stays under SQL Server's 2,100).
/// </summary>
internal static class ProposalEvidenceWriter
{
    private const int RowsPerCommand = 200;

    public static async Task InsertAsync(GovDataDbContext db, IReadOnlyList<ProposalEvidence> rows, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(ProposalEvidence))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var head = string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} (")
            + string.Join(", ", new[]
            {
                nameof(ProposalEvidence.ProposalId), nameof(ProposalEvidence.DepartmentId), nameof(ProposalEvidence.Violation),
                nameof(ProposalEvidence.Kind), nameof(ProposalEvidence.ReferenceId), nameof(ProposalEvidence.Occurrence),
                nameof(ProposalEvidence.DetectedOn),
            }.Select(Column))
            + ") VALUES ";
        foreach (var chunk in rows.Chunk(RowsPerCommand))
        {
            var text = new StringBuilder(head);
            var values = new List<object>(chunk.Length * 7);
            foreach (var row in chunk)
            {
                var first = values.Count;
                text.Append(values.Count == 0 ? "(" : ", (")
                    .AppendJoin(", ", Enumerable.Range(first, 7).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"))
                    .Append(')');
                values.AddRange([row.ProposalId, row.DepartmentId, (int)row.Violation, (int)row.Kind, row.ReferenceId, row.Occurrence, row.DetectedOn]);
            }

            await db.Database.ExecuteSqlRawAsync(text.ToString(), values, cancellationToken);
        }
    }
}
