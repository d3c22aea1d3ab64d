using GovData.Web.Localization;
using GovData.Workflows.Identity;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints;

/// <summary>
/// An applicant's files (issue #11 §3): the written reply's PDF (the applicant, or staff who may see the application)
/// and the granted data, streamed in CSV, JSON or XLSX with exactly the granted items until the period of use ends.
/// Anyone else gets a 404 problem (as for an unknown id); a refused download a ProblemDetails in the caller's language.
/// </summary>
public static class OpenDataApplicationEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/applications/{id:int}/reply.pdf", ReplyAsync).RequireAuthorization().WithName("OpenDataApplicationReply");
        app.MapGet("/portal/applications/{id:int}/data.{format}", DataAsync).RequireAuthorization().WithName("OpenDataApplicationData");
        return app;
    }

    internal static async Task<IResult> ReplyAsync(
        int id, HttpContext http, GetReplyDocument replies, IStringLocalizer<OpenDataApplicationResource> text, CancellationToken cancellationToken)
    {
        var reply = await replies.ExecuteAsync(id, http.User.ToUserContext(), cancellationToken);
        if (reply is null)
        {
            return NotFound(text);
        }

        http.Response.Headers["X-Content-SHA256"] = reply.Sha256;
        return Results.File(reply.Content, "application/pdf", reply.FileName);
    }

    internal static async Task<IResult> DataAsync(
        int id, string format, HttpContext http, DownloadGrantedData download, DatasetWriters writers,
        IStringLocalizer<OpenDataApplicationResource> text, CancellationToken cancellationToken)
    {
        if (DatasetFormats.Parse(format) is not { } parsed)
        {
            return Results.Problem(title: text["Download.Failed"], detail: text["Download.FormatUnknown", format], statusCode: StatusCodes.Status400BadRequest);
        }

        var (opened, error, arguments) = await download.OpenAsync(id, parsed, http.User.ToUserContext(), cancellationToken);
        if (opened is null)
        {
            return error is null
                ? NotFound(text)
                : Results.Problem(title: text["Download.Failed"], detail: text[error, arguments], statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.Stream(
            async output =>
            {
                await using var rows = opened.Rows;
                await writers.For(parsed).WriteAsync(rows, output, cancellationToken);
            },
            DatasetFormats.ContentType(parsed),
            opened.FileName);
    }

    /// <summary>Another applicant's application and an unknown one look alike: 404, nothing said about it.</summary>
    private static IResult NotFound(IStringLocalizer<OpenDataApplicationResource> text) =>
        Results.Problem(title: text["Download.Failed"], detail: text["Detail.NotFound"], statusCode: StatusCodes.Status404NotFound);
}
