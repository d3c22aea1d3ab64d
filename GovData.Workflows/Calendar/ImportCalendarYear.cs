using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>
/// Loads a whole year from a schedule file (the official JSON shape or the Excel template). Everything is checked
/// first; a file with any problem changes nothing. An accepted file replaces that year's days in one transaction and
/// marks the year loaded with its source and time.
/// </summary>
public sealed class ImportCalendarYear(
    UnitOfWork unitOfWork,
    WorkingDayCalendarProvider calendars,
    ICalendarSpreadsheet spreadsheet,
    TimeProvider time)
{
    /// <summary>A year's schedule is a few kilobytes; anything near this is not one.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public async Task<CalendarImportResult> ExecuteAsync(
        UserContext user,
        int year,
        CalendarImportFormat format,
        Stream content,
        string? fallbackSource,
        CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return CalendarImportResult.Refused(format, year, CalendarIssue.Of(CalendarImportIssues.FileTooLarge, MaxFileBytes / 1024));
        }

        if (bytes.Length == 0)
        {
            return CalendarImportResult.Refused(format, year, CalendarIssue.Of(CalendarImportIssues.FileEmpty));
        }

        var document = format == CalendarImportFormat.Json
            ? CalendarJsonReader.Read(bytes)
            : spreadsheet.Read(new MemoryStream(bytes, writable: false));

        var issues = new List<CalendarIssue>(document.Issues);
        if (document.Year is { } fileYear && fileYear != year)
        {
            issues.Insert(0, CalendarIssue.Of(CalendarImportIssues.WrongYear, fileYear, year));
        }

        // The rules run on whatever could be read, so one pass reports every problem of the file.
        if (issues.Count == 0 || document.Entries.Count > 0)
        {
            issues.AddRange(CalendarRules.ValidateSchedule(year, document.Entries));
        }

        var source = string.IsNullOrWhiteSpace(document.Source) ? fallbackSource?.Trim() : document.Source.Trim();
        issues.AddRange(CalendarRules.ValidateSource(source));
        if (issues.Count > 0)
        {
            return CalendarImportResult.Refused(format, year, issues);
        }

        var before = await calendars.GetAsync(cancellationToken);
        await ReplaceYearAsync(user, year, source!, document.Entries, cancellationToken);
        await calendars.PublishChangeAsync(before, [year], cancellationToken);
        return new CalendarImportResult(
            true,
            format,
            year,
            document.Entries.Count(e => e.IsOffDay),
            document.Entries.Count(e => !e.IsOffDay),
            []);
    }

    private Task ReplaceYearAsync(UserContext user, int year, string source, IReadOnlyList<CalendarEntry> entries, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(user, (db, ct) => ReplaceYearAsync(db, year, source, entries, ct), cancellationToken);

    private async Task ReplaceYearAsync(GovDataDbContext db, int year, string source, IReadOnlyList<CalendarEntry> entries, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var existing = await db.CalendarDays
            .Where(d => d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => d.Date, cancellationToken);

        // Update in place rather than delete-and-insert: the audit log then shows what really changed.
        foreach (var entry in entries)
        {
            if (existing.Remove(entry.Date, out var day))
            {
                if (day.IsOffDay != entry.IsOffDay || day.Name != entry.Name!.Trim())
                {
                    day.Change(entry.IsOffDay, entry.Name!);
                }
            }
            else
            {
                db.CalendarDays.Add(new CalendarDay(entry.Date, entry.IsOffDay, entry.Name!));
            }
        }

        db.CalendarDays.RemoveRange(existing.Values);

        var now = time.GetUtcNow().UtcDateTime;
        var record = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (record is null)
        {
            db.CalendarYears.Add(new CalendarYear(year, source, now));
        }
        else
        {
            record.Reload(source, now);
        }

        // One transaction (the unit of work's): the year is replaced entirely or not at all.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The content, or null when it is larger than <see cref="MaxFileBytes"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>The outcome of an import: the numbers loaded, or every problem found (and nothing changed).</summary>
public sealed record CalendarImportResult(
    bool Succeeded,
    CalendarImportFormat Format,
    int Year,
    int OffDayCount,
    int MakeUpDayCount,
    IReadOnlyList<CalendarIssue> Issues)
{
    public static CalendarImportResult Refused(CalendarImportFormat format, int year, params IReadOnlyList<CalendarIssue> issues) =>
        new(false, format, year, 0, 0, issues);
}
