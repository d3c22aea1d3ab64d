using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Runtime;

/// <summary>One choice for an argument: the value sent with the trigger, what the user reads, and whether the
/// dialog ticks it (or, for a date, starts on it) before the user does anything.</summary>
public sealed record ArgumentOption(string Value, string Label, string? Detail = null, bool Preselected = false);

/// <summary>The choices for one argument; <see cref="EarliestDate"/> bounds a date argument (inclusive).</summary>
public sealed record ArgumentOffer(IReadOnlyList<ArgumentOption> Options, DateOnly? EarliestDate = null);

/// <summary>What is asked of an <see cref="IWorkflowArgumentOptions"/>: one argument of a trigger the user may fire
/// now, read inside one DbContext (no tracking needed).</summary>
public sealed record ArgumentOptionsQuery(
    GovDataDbContext Db,
    WorkflowInstance Instance,
    UserContext User,
    TriggerSpec Trigger,
    ArgumentSpec Argument,
    DateOnly Today);

/// <summary>
/// Offers choices for a trigger's arguments so a dialog can show pickers instead of text boxes, without changing
/// the definition (its shape and published fingerprint stay as they are). A process names its own
/// (<see cref="WorkflowProcess.ArgumentOptions"/>); it answers before the runtime's <see cref="BureauArgumentOptions"/>.
/// </summary>
public interface IWorkflowArgumentOptions
{
    /// <summary>The choices for the argument, or null when this provider has none for it.</summary>
    Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken);

    /// <summary>Whether the subject requires the comment for this trigger (e.g. a refusal's reason).</summary>
    bool RequiresComment(TriggerSpec trigger) => false;
}

/// <summary>Everything a decision dialog needs besides the trigger's declaration: the offers per argument name,
/// whether the comment is required, and today with the working-day calendar (for date helpers).</summary>
public sealed record ArgumentOffers(
    IReadOnlyDictionary<string, ArgumentOffer> Arguments,
    bool CommentRequired,
    DateOnly Today,
    WorkingDayCalendar Calendar)
{
    public static ArgumentOffers None(DateOnly today) =>
        new(new Dictionary<string, ArgumentOffer>(StringComparer.Ordinal), false, today, WorkingDayCalendar.Empty);

    public ArgumentOffer? For(string argument) => Arguments.GetValueOrDefault(argument);
}
