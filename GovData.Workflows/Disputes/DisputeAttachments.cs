using System.Security.Cryptography;
using GovData.Domain.Disputes;
using GovData.Workflows.Uploads;

namespace GovData.Workflows.Disputes;

/// <summary>A file given with a claim or a statement, as it arrived.</summary>
public sealed record DisputeFile(string FileName, byte[] Content);

/// <summary>
/// The limits of a dispute's attachments: at most <see cref="MaxFiles"/> files of at most <see cref="MaxBytes"/> each,
/// each recognised by its content (<see cref="AttachmentTypes"/>) with a name that agrees. Checked before anything is
/// written: one bad file refuses the whole submission.
/// </summary>
public static class DisputeAttachments
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The refusal of the first file that breaks a limit, or null when all pass.</summary>
    public static DisputeResult? Check(IReadOnlyList<DisputeFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > MaxFiles)
        {
            return DisputeResult.Refused(DisputeErrors.AttachmentTooMany, MaxFiles);
        }

        foreach (var file in files)
        {
            var name = DisputeAttachment.SafeName(file.FileName);
            if (file.Content.Length == 0)
            {
                return DisputeResult.Refused(DisputeErrors.AttachmentEmpty, name);
            }

            if (file.Content.LongLength > MaxBytes)
            {
                return DisputeResult.Refused(DisputeErrors.AttachmentTooLarge, name, MaxBytes / (1024 * 1024));
            }

            if (AttachmentTypes.Recognise(file.Content, file.FileName) is null)
            {
                return DisputeResult.Refused(DisputeErrors.AttachmentType, name);
            }
        }

        return null;
    }

    /// <summary>The rows to store (call <see cref="Check"/> first).</summary>
    public static IEnumerable<DisputeAttachment> Rows(int disputeId, int? statementId, IReadOnlyList<DisputeFile> files, string userId, DateTime nowUtc) =>
        files.Select(f => DisputeAttachment.Of(
            disputeId, statementId, f.FileName, AttachmentTypes.Recognise(f.Content, f.FileName)!.ContentType, f.Content,
            Convert.ToHexStringLower(SHA256.HashData(f.Content)), userId, nowUtc));
}
