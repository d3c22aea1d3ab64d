using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using GovData.Domain.Audit;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Catalog;

/// <summary>
/// Writes a clean <see cref="CatalogImportPlan"/> in the caller's ONE transaction (its unit of work). Updates go through the tracked entities (drafts
/// edited or opened, never-published entries revised: the audited SaveChanges records them field by field). New
/// entries on SQLite and PostgreSQL take the bulk path of the deadline sweep (decisions 0010, 0030): prepared single-row INSERTs of the
/// entry, its items and its draft, built from the model's mappings, without the change tracker; each new entry is
/// audited as one Insert event (code, name, items, draft) appended to the hash chain by the same SaveChanges. Other
/// providers (SQL Server) add them through EF.
/// </summary>
internal sealed class CatalogImportWriter(GovDataDbContext db, UserContext user, DateTime now, string fileName)
{
    /// <summary>On PostgreSQL, new entries by binary COPY (ids reserved from the identity sequences) instead of prepared
    /// single-row inserts.</summary>
    public bool UseBinaryCopy { get; init; } = true;

    /// <summary>The written entries: resource code → entry id.</summary>
    public async Task<Dictionary<string, int>> WriteAsync(CatalogImportPlan plan, ImportRecord record, CancellationToken cancellationToken)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The import writes inside a unit of work: run it through UnitOfWork.");
        }

        var creates = plan.Planned.Where(p => p.Entry.Status == ImportEntryStatus.Create).ToList();
        if (db.Database.IsNpgsql() && UseBinaryCopy)
        {
            await CopyAsync(creates, written, cancellationToken);
        }
        else if (db.Database.IsSqlite() || db.Database.IsNpgsql())
        {
            await InsertAsync(creates, written, cancellationToken);
        }
        else
        {
            await AddAsync(creates, written, cancellationToken);
        }

        foreach (var entry in plan.Planned.Where(p => p.Entry.Status == ImportEntryStatus.Update))
        {
            Update(entry);
            written[entry.Entry.Code] = entry.Existing!.Id;
        }

        db.ImportRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return written;
    }

    private void Update(PlannedEntry entry)
    {
        var resource = entry.Existing!;
        if (entry.Draft is { } draft)
        {
            draft.Edit(entry.Content, now);
        }
        else
        {
            db.CatalogDrafts.Add(new CatalogDraft(resource.Id, resource.CurrentVersion, entry.Content, user.UserId, now));
        }

        if (resource.Status == CatalogStatus.Draft)
        {
            // As SaveCatalogDraft: a never-published entry shows its latest draft.
            resource.ReviseDraft(entry.Content);
        }
    }

    private async Task InsertAsync(List<PlannedEntry> creates, Dictionary<string, int> written, CancellationToken cancellationToken)
    {
        if (creates.Count == 0)
        {
            return;
        }

        using var resources = new PreparedInsert<DataResource>(db);
        using var items = new PreparedInsert<DataItem>(db);
        using var drafts = new PreparedInsert<CatalogDraft>(db);
        await using var lastId = db.Database.GetDbConnection().CreateCommand();
        lastId.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        // The id the row just inserted got: SQLite's rowid, PostgreSQL's identity sequence (this session's last value).
        lastId.CommandText = db.Database.IsSqlite() ? "SELECT last_insert_rowid();" : "SELECT lastval();";
        lastId.Prepare();
        foreach (var entry in creates)
        {
            var resource = DataResource.NewDraft(entry.Content, entry.DepartmentId);
            await resources.Bind(resource).ExecuteAsync(cancellationToken);
            var id = await LastIdAsync(lastId, cancellationToken);
            foreach (var item in resource.Items)
            {
                await items.Bind(item).Set(nameof(DataItem.DataResourceId), id).ExecuteAsync(cancellationToken);
            }

            await drafts.Bind(new CatalogDraft(id, 0, entry.Content, user.UserId, now)).ExecuteAsync(cancellationToken);
            var draftId = await LastIdAsync(lastId, cancellationToken);
            Written(entry, resource, id, draftId, written);
        }
    }

    /// <summary>
    /// PostgreSQL (decision 0035): the ids of the new entries and drafts are reserved from their identity sequences in
    /// one round trip (<c>nextval</c> × n), then entries, items and drafts go by binary COPY, one per table, in the unit
    /// of work's transaction: a refused or failed import rolls all of it back (the sequences only skip numbers).
    /// </summary>
    private async Task CopyAsync(List<PlannedEntry> creates, Dictionary<string, int> written, CancellationToken cancellationToken)
    {
        if (creates.Count == 0)
        {
            return;
        }

        var resourceIds = await ReserveIdsAsync<DataResource>(creates.Count, cancellationToken);
        var draftIds = await ReserveIdsAsync<CatalogDraft>(creates.Count, cancellationToken);
        var resources = new BinaryCopy<DataResource>(db, withKey: true);
        var items = new BinaryCopy<DataItem>(db);
        var drafts = new BinaryCopy<CatalogDraft>(db, withKey: true);
        for (var i = 0; i < creates.Count; i++)
        {
            var entry = creates[i];
            var resource = DataResource.NewDraft(entry.Content, entry.DepartmentId);
            var id = resourceIds[i];
            resources.Bind(resource).Set(nameof(DataResource.Id), id).Add();
            foreach (var item in resource.Items)
            {
                items.Bind(item).Set(nameof(DataItem.DataResourceId), id).Add();
            }

            drafts.Bind(new CatalogDraft(id, 0, entry.Content, user.UserId, now)).Set(nameof(CatalogDraft.Id), draftIds[i]).Add();
            Written(entry, resource, id, draftIds[i], written);
        }

        await resources.FlushAsync(cancellationToken);
        await items.FlushAsync(cancellationToken);
        await drafts.FlushAsync(cancellationToken);
    }

    private async Task<int[]> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = type.GetSchema() is { } schema ? $"{schema}.\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
        var key = type.FindPrimaryKey()!.Properties[0].GetColumnName();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, @key)) FROM generate_series(1, @count)";
        foreach (var (name, value) in new (string, object)[] { ("table", table), ("key", key), ("count", count) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var ids = new int[count];
        var i = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[i++] = checked((int)reader.GetInt64(0));
        }

        return ids;
    }

    private void Written(PlannedEntry entry, DataResource resource, int id, int draftId, Dictionary<string, int> written)
    {
        written[entry.Entry.Code] = id;
        db.RecordEvent(AuditActions.Insert, nameof(DataResource), id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Code"] = resource.Code.Value,
            ["Name"] = resource.Name,
            ["Status"] = resource.Status.ToString(),
            ["Items"] = resource.Items.Count,
            ["DraftId"] = draftId,
            ["Import"] = fileName,
        }));
    }

    private async Task AddAsync(List<PlannedEntry> creates, Dictionary<string, int> written, CancellationToken cancellationToken)
    {
        var added = creates.Select(e => (e, Resource: DataResource.NewDraft(e.Content, e.DepartmentId))).ToList();
        db.DataResources.AddRange(added.Select(a => a.Resource));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (entry, resource) in added)
        {
            db.CatalogDrafts.Add(new CatalogDraft(resource.Id, 0, entry.Content, user.UserId, now));
            written[entry.Entry.Code] = resource.Id;
        }
    }

    private static async Task<int> LastIdAsync(DbCommand command, CancellationToken cancellationToken) =>
        Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
}
