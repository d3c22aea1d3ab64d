using System.Globalization;
using GovData.Domain.OpenData.Applications;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>
/// The choices of an application's decision dialog (what <see cref="OpenDataApplicationSubjectHandler"/> accepts): the
/// granted items = the wanted items (all ticked for Grant, none for PartlyGrant), the period of use = one year from
/// tomorrow by default (at the earliest tomorrow), the legal bases = the register, the entry's declared basis first. A
/// partial grant, a refusal and a request for material need the comment (reasons / what to supply).
/// </summary>
public sealed class OpenDataApplicationArgumentOptions : IWorkflowArgumentOptions
{
    public const int DefaultUseDays = 365;

    public bool RequiresComment(TriggerSpec trigger) => trigger?.Trigger is OpenDataApplicationWorkflowV1.PartlyGrant
        or OpenDataApplicationWorkflowV1.Refuse or OpenDataApplicationWorkflowV1.RequestMaterial or OpenDataApplicationWorkflowV1.Supply;

    public async Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var application = await OpenDataApplicationSubjectHandler.FindAsync(query.Db, query.Instance, cancellationToken);
        if (application is null)
        {
            return null;
        }

        if (OpenDataApplicationArguments.GrantedItems.Is(query.Argument))
        {
            var wanted = application.Wanted().ToList();
            var all = query.Trigger.Trigger == OpenDataApplicationWorkflowV1.Grant;
            var items = await query.Db.DataItems.AsNoTracking()
                .Where(i => wanted.Contains(i.Id))
                .OrderBy(i => i.Position)
                .ToListAsync(cancellationToken);
            return new ArgumentOffer([.. items.Select(i => new ArgumentOption(
                i.Id.ToString(CultureInfo.InvariantCulture), i.Name, i.Description, Preselected: all))]);
        }

        if (OpenDataApplicationArguments.UseUntil.Is(query.Argument))
        {
            var until = OpenDataApplicationArguments.UseUntil.Of(query.Today.AddDays(DefaultUseDays)).Value;
            return new ArgumentOffer([new ArgumentOption(until, until, null, Preselected: true)], query.Today.AddDays(1));
        }

        if (OpenDataApplicationArguments.LegalBases.Is(query.Argument))
        {
            var declared = await query.Db.DataResources.AsNoTracking()
                .Where(r => r.Id == application.DataResourceId).Select(r => r.LegalBasis).SingleOrDefaultAsync(cancellationToken);
            var bases = (await query.Db.LegalBases.AsNoTracking().Where(b => b.RetiredAt == null).OrderBy(b => b.Id).ToListAsync(cancellationToken))
                .OrderByDescending(b => declared is not null && declared.Contains($"《{b.LawName}》", StringComparison.Ordinal) && declared.Contains(b.Article, StringComparison.Ordinal))
                .ToList();
            return new ArgumentOffer([.. bases.Select(b => new ArgumentOption(
                b.Id.ToString(CultureInfo.InvariantCulture), b.Citation, b.Text))]);
        }

        return null;
    }
}
