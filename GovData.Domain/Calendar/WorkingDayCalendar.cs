namespace GovData.Domain.Calendar;

/// <summary>
/// The working-day calendar of Art. 20 and 26: immutable, built once from the official exceptions
/// (<see cref="CalendarDay"/>) and the set of years whose schedule is loaded (<see cref="CalendarYear"/>).
/// Monday–Friday work and Saturday/Sunday rest, except the listed days: an off day never counts, a make-up
/// working day (调休上班) does. A year without a loaded schedule is counted with weekends only, and every result that
/// touches it says so (<see cref="DueDateExplanation.MissingYears"/>, <see cref="DayDescription.YearLoaded"/>).
/// </summary>
/// <remarks>
/// Speed: the years around the data are precomputed into a kind per day, a running count of working days and the
/// list of working days, so adding working days and counting between dates are two array reads. Days of a year that
/// is not marked loaded are still applied (an administrator may be entering it): the year stays flagged incomplete.
/// </remarks>
public sealed class WorkingDayCalendar
{
    public const int MinWorkingDays = 1;
    public const int MaxWorkingDays = 365;

    private readonly int _firstDay;
    private readonly DayKind[] _kinds;
    private readonly int[] _workingUpTo;
    private readonly int[] _workingDayOffsets;
    private readonly int _workingBeforeRange;
    private readonly Dictionary<int, string> _names;
    private readonly HashSet<int> _loadedYears;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days, IEnumerable<int> loadedYears)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(loadedYears);
        var dayList = days.ToList();
        _loadedYears = [.. loadedYears];
        LoadedYears = [.. _loadedYears.Order()];
        _names = new Dictionary<int, string>(dayList.Count);

        var years = _loadedYears.Concat(dayList.Select(d => d.Date.Year)).ToList();
        if (years.Count == 0)
        {
            _kinds = [];
            _workingUpTo = [];
            _workingDayOffsets = [];
            return;
        }

        // One year of margin before and two after: a deadline of up to 365 working days from the last loaded year
        // still resolves from the arrays.
        var firstYear = Math.Max(DateOnly.MinValue.Year, years.Min() - 1);
        var lastYear = Math.Min(DateOnly.MaxValue.Year, years.Max() + 2);
        _firstDay = new DateOnly(firstYear, 1, 1).DayNumber;
        var length = new DateOnly(lastYear, 12, 31).DayNumber - _firstDay + 1;
        _kinds = new DayKind[length];
        for (var i = 0; i < length; i++)
        {
            _kinds[i] = WeekendRule(_firstDay + i);
        }

        foreach (var day in dayList)
        {
            var dayNumber = day.Date.DayNumber;
            if (!_names.TryAdd(dayNumber, day.Name))
            {
                throw new ArgumentException($"The date {day.Date:yyyy-MM-dd} is listed twice.", nameof(days));
            }

            _kinds[dayNumber - _firstDay] = day.IsOffDay ? DayKind.Holiday : DayKind.MakeUpWorkday;
        }

        _workingUpTo = new int[length];
        var offsets = new List<int>(length * 5 / 7 + 8);
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (_kinds[i].IsWorkingDay())
            {
                count++;
                offsets.Add(i);
            }

            _workingUpTo[i] = count;
        }

        _workingDayOffsets = [.. offsets];
        _workingBeforeRange = WeekdaysUpTo(_firstDay - 1);
    }

    public static WorkingDayCalendar Empty { get; } = new([], []);

    /// <summary>Years whose official schedule is loaded, ascending.</summary>
    public IReadOnlyList<int> LoadedYears { get; }

    public bool IsYearLoaded(int year) => _loadedYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) => KindOf(date.DayNumber).IsWorkingDay();

    public DayDescription Describe(DateOnly date)
    {
        var kind = KindOf(date.DayNumber);
        var name = kind is DayKind.Holiday or DayKind.MakeUpWorkday ? _names.GetValueOrDefault(date.DayNumber) : null;
        return new DayDescription(date, kind, name, IsYearLoaded(date.Year));
    }

    /// <summary>
    /// The due date of a time limit of <paramref name="workingDays"/> working days: the day of receipt is not
    /// counted, so the due date is the Nth working day after it (receipt on a weekend or holiday counts from the next
    /// working day just the same).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly received, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, MinWorkingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        var offset = received.DayNumber - _firstDay;
        if ((uint)offset < (uint)_kinds.Length)
        {
            var index = _workingUpTo[offset] + workingDays - 1;
            if (index < _workingDayOffsets.Length)
            {
                return DateOnly.FromDayNumber(_firstDay + _workingDayOffsets[index]);
            }
        }

        return AddWorkingDaysStepwise(received, workingDays);
    }

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]: the first date is not counted, the last is.
    /// Negative when <paramref name="to"/> is before <paramref name="from"/> (minus the working days in
    /// (to, from]); zero for the same date.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        WorkingDaysUpTo(to.DayNumber) - WorkingDaysUpTo(from.DayNumber);

    /// <summary>
    /// For a to-do list: working days left until <paramref name="due"/>. 0 = due today; positive = that many working
    /// days left; negative = overdue by that many working days (at least 1 once the due date has passed, even when
    /// today is a weekend or holiday).
    /// </summary>
    public int WorkingDaysRemaining(DateOnly today, DateOnly due) =>
        due >= today ? WorkingDaysBetween(today, due) : -Math.Max(1, WorkingDaysBetween(due, today));

    /// <summary>Working days in a calendar year (248 in 2025 and in 2026).</summary>
    public int WorkingDaysInYear(int year) =>
        WorkingDaysBetween(new DateOnly(year, 1, 1).AddDays(-1), new DateOnly(year, 12, 31));

    /// <summary>Years in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>] without a loaded schedule.</summary>
    public IReadOnlyList<int> MissingYearsBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive <= fromExclusive)
        {
            return [];
        }

        var first = fromExclusive.AddDays(1).Year;
        List<int>? missing = null;
        for (var year = first; year <= toInclusive.Year; year++)
        {
            if (!_loadedYears.Contains(year))
            {
                (missing ??= []).Add(year);
            }
        }

        return missing ?? (IReadOnlyList<int>)[];
    }

    /// <summary>The due date with every counted and skipped day between receipt and due date.</summary>
    public DueDateExplanation Explain(DateOnly received, int workingDays)
    {
        var due = AddWorkingDays(received, workingDays);
        var counted = new List<DayDescription>(workingDays);
        var skipped = new List<SkippedDay>((due.DayNumber - received.DayNumber) - workingDays);
        for (var day = received.AddDays(1); day <= due; day = day.AddDays(1))
        {
            var kind = KindOf(day.DayNumber);
            switch (kind)
            {
                case DayKind.Workday:
                    counted.Add(new DayDescription(day, kind, null, IsYearLoaded(day.Year)));
                    break;
                case DayKind.MakeUpWorkday:
                    counted.Add(new DayDescription(day, kind, _names.GetValueOrDefault(day.DayNumber), IsYearLoaded(day.Year)));
                    break;
                case DayKind.Holiday:
                    skipped.Add(new SkippedDay(day, SkipReason.Holiday, _names.GetValueOrDefault(day.DayNumber)));
                    break;
                default:
                    skipped.Add(new SkippedDay(day, SkipReason.Weekend, null));
                    break;
            }
        }

        return new DueDateExplanation(received, workingDays, due, counted, skipped, MissingYearsBetween(received, due));
    }

    private DayKind KindOf(int dayNumber)
    {
        var offset = dayNumber - _firstDay;
        return (uint)offset < (uint)_kinds.Length ? _kinds[offset] : WeekendRule(dayNumber);
    }

    /// <summary>Working days from 0001-01-01 up to and including the given day.</summary>
    private int WorkingDaysUpTo(int dayNumber)
    {
        var offset = dayNumber - _firstDay;
        if (_kinds.Length == 0 || offset < 0)
        {
            return WeekdaysUpTo(dayNumber);
        }

        if (offset < _kinds.Length)
        {
            return _workingBeforeRange + _workingUpTo[offset];
        }

        var lastDay = _firstDay + _kinds.Length - 1;
        return _workingBeforeRange + _workingUpTo[^1] + WeekdaysUpTo(dayNumber) - WeekdaysUpTo(lastDay);
    }

    private DateOnly AddWorkingDaysStepwise(DateOnly received, int workingDays)
    {
        var day = received;
        var left = workingDays;
        while (left > 0)
        {
            if (day == DateOnly.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(received), received, "The due date would be after 9999-12-31.");
            }

            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    // Day number 0 (0001-01-01) is a Monday, so the day of the week is the day number modulo 7 (0 = Monday).
    private static DayKind WeekendRule(int dayNumber) => dayNumber % 7 >= 5 ? DayKind.Weekend : DayKind.Workday;

    private static int WeekdaysUpTo(int dayNumber)
    {
        if (dayNumber < 0)
        {
            return 0;
        }

        var days = dayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }
}
