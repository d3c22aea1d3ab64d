using GovData.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The working-day calendar (one shared snapshot) and its use cases.</summary>
    public static IServiceCollection AddGovDataCalendar(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton<WorkingDayCalendarProvider>();
        services.AddSingleton<ICalendarSpreadsheet, ClosedXmlCalendarSpreadsheet>();
        services.AddTransient<CalculateDueDate>();
        services.AddTransient<GetCalendarYear>();
        services.AddTransient<GetCalendarTemplate>();
        services.AddTransient<UpsertCalendarDay>();
        services.AddTransient<RemoveCalendarDay>();
        services.AddTransient<MarkCalendarYearLoaded>();
        services.AddTransient<ImportCalendarYear>();
        return services;
    }
}
