using System.Globalization;
using System.Security.Cryptography;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <param name="Workbook">The uploaded .xlsx (any stream; it is buffered up to the size limit).</param>
public sealed record ImportCatalogCommand(Stream Workbook, string FileName, bool DryRun);

/// <summary>
/// Imports a catalog workbook into the department's DRAFTS (issue #4): the streaming reader (every file-level and cell
/// error), then per entry the catalog rules with each violation at its cell, the department checks (a code held by
/// another department's resource; a provider code that is not the user's department), and a comparison with the live
/// content and any open draft → create / update / unchanged / error. A dry run only previews. A commit is
/// all-or-nothing in one transaction: any error and nothing is written; otherwise a new code becomes a Draft-status
/// entry plus its draft (as <see cref="SaveCatalogDraft"/> makes it) and an existing code gets its open draft updated
/// or created. Every run leaves an <see cref="ImportRecord"/>. Only a CatalogManager, only their own department.
/// </summary>
public sealed class ImportCatalog(
    UnitOfWork unitOfWork, ICatalogWorkbookReader reader, CatalogWorkbookLimits limits, TimeProvider time)
{
    /// <summary>{0} the resource code, {1} the department that holds it.</summary>
    public const string CodeOfOtherDepartment = "Import.CodeOfOtherDepartment";

    /// <summary>{0} the code: it cannot be imported, without saying why (another department's unpublished entry).</summary>
    public const string CodeUnavailable = "Import.CodeUnavailable";

    /// <summary>The catalog changed while the commit ran (a code taken, a draft edited): nothing was written.</summary>
    public const string Conflict = "Import.Conflict";

    /// <summary>Off: new entries on PostgreSQL take the prepared single-row inserts as on SQLite instead of binary
    /// COPY (the benchmark compares the two; tests keep both covered).</summary>
    internal bool UseBinaryCopy { get; init; } = true;

    public async Task<CatalogImportResult> ExecuteAsync(UserContext user, ImportCatalogCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId is not { } departmentId)
        {
            return CatalogImportResult.Refused(CatalogErrors.NotAllowed);
        }

        await using var buffer = await BufferAsync(command.Workbook, cancellationToken);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(buffer, cancellationToken));
        buffer.Position = 0;
        var read = await Task.Run(() => reader.Read(buffer), cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        CatalogImportPlan? plan = null;
        try
        {
            return await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                plan = await CatalogImportPlan.BuildAsync(db, departmentId, read, tracked: !command.DryRun, ct);
                var outcome = command.DryRun ? ImportOutcome.DryRun : plan.Errors.Count > 0 ? ImportOutcome.Refused : ImportOutcome.Committed;
                var record = Record(user, departmentId, command.FileName, sha256, plan.Counts, outcome, now);
                if (outcome != ImportOutcome.Committed)
                {
                    db.ChangeTracker.Clear();
                    db.ImportRecords.Add(record);
                    await db.SaveChangesAsync(ct);
                    return new CatalogImportResult(null, outcome, plan.Counts, plan.Entries, plan.Errors, record.Id, []);
                }

                var written = await new CatalogImportWriter(db, user, now, command.FileName) { UseBinaryCopy = UseBinaryCopy }.WriteAsync(plan, record, ct);
                var entries = plan.Entries.Select(e => written.TryGetValue(e.Code, out var id) ? e with { ResourceId = id } : e).ToList();
                return new CatalogImportResult(null, outcome, plan.Counts, entries, [], record.Id, [.. written.Values]);
            }, cancellationToken);
        }
        catch (Exception exception) when (plan is not null && exception is DbUpdateException or System.Data.Common.DbException)
        {
            // A code taken or a draft changed between the plan and the write: the transaction rolled back.
            var refused = Record(user, departmentId, command.FileName, sha256, plan!.Counts, ImportOutcome.Refused, now);
            await unitOfWork.RunAsync(user, async (again, ct) =>
            {
                again.ImportRecords.Add(refused);
                await again.SaveChangesAsync(ct);
            }, cancellationToken);
            return new CatalogImportResult(null, ImportOutcome.Refused, plan.Counts, plan.Entries, [new CatalogWorkbookError(Conflict, [])], refused.Id, []);
        }
    }

    private static ImportRecord Record(UserContext user, int departmentId, string fileName, string sha256, ImportCounts counts, ImportOutcome outcome, DateTime now)
    {
        // An API key acts as "apikey:<id>", which is no row of the users table.
        int? apiKeyId = user.UserId.StartsWith(IntegrationRoles.UserIdPrefix, StringComparison.Ordinal)
            ? int.Parse(user.UserId[IntegrationRoles.UserIdPrefix.Length..], CultureInfo.InvariantCulture)
            : null;
        return new ImportRecord(
            departmentId, apiKeyId is null ? user.UserId : null, apiKeyId, user.UserName, Path.GetFileName(fileName), sha256, counts, outcome, now);
    }

    /// <summary>A seekable copy of at most the size limit + 1 byte (the reader then reports a file that is too large).</summary>
    private async Task<MemoryStream> BufferAsync(Stream input, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (copy.Length <= limits.MaxFileBytes && (read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            copy.Write(chunk, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
