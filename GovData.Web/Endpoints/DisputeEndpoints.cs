using GovData.Web.Localization;
using GovData.Workflows.Disputes;
using GovData.Workflows.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GovData.Web.Endpoints;

/// <summary>
/// A dispute's attachment as a download, for the parties and the supervising bureau only (<see cref="GetDisputeAttachment"/>
/// scopes it; anyone else gets the same 404 as for a file that does not exist). Always <c>Content-Disposition:
/// attachment</c> and <c>X-Content-Type-Options: nosniff</c> (and the app's strict CSP): a browser never renders or runs it.
/// </summary>
public static class DisputeEndpoints
{
    public const string AttachmentRoute = "/disputes/attachments/{id:int}";
    public const string DecisionRoute = "/disputes/{id:int}/decision.pdf";

    public static string DecisionHref(int disputeId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/disputes/{disputeId}/decision.pdf");

    public static IEndpointRouteBuilder MapDisputeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(AttachmentRoute, DownloadAsync)
            .RequireAuthorization()
            .WithName("DisputeAttachment");
        app.MapGet(DecisionRoute, DecisionAsync)
            .RequireAuthorization()
            .WithName("DisputeDecision");
        return app;
    }

    internal static async Task<IResult> DownloadAsync(
        int id, HttpContext http, GetDisputeAttachment get, IStringLocalizer<DisputeResource> text, CancellationToken cancellationToken)
    {
        var file = await get.ExecuteAsync(http.User.ToUserContext(), id, cancellationToken);
        if (file is null)
        {
            return Results.Problem(title: text["Attachment.NotFound"], statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        // Results.File with a download name writes Content-Disposition: attachment (RFC 6266, with a UTF-8 filename*).
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The written decision (the shared document service's PDF), for the same users as the dispute.</summary>
    internal static async Task<IResult> DecisionAsync(
        int id, HttpContext http, GetDisputeDecisionDocument get, IStringLocalizer<DisputeResource> text, CancellationToken cancellationToken)
    {
        var file = await get.ExecuteAsync(http.User.ToUserContext(), id, cancellationToken);
        if (file is null)
        {
            return Results.Problem(title: text["Decision.DocumentNotFound"], statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return Results.File(file.Content, "application/pdf", file.Number + ".pdf");
    }
}
