using GovData.Domain.Oversight;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>The wording of Art. 34's items as the regulation writes it (for facts shown as data; the UI has both languages in its resx).</summary>
public static class ViolationText
{
    private static readonly string[] Items =
    [
        "（一）未按照规定编制、更新政务数据资源目录",
        "（二）未按照规定向共享平台及时提供相应的政务数据资源",
        "（三）未按照规定采集、更新政务数据资源",
        "（四）未及时维护和更新政务数据资源",
        "（五）提供的政务数据不完整、不准确、不可用",
        "（六）向共享平台提供的政务数据和本部门所掌握的政务数据不一致",
        "（七）将共享的政务数据资源用于履行职责需要以外的目的",
        "（八）违反本条例关于政务数据资源共享规定的其他行为",
    ];

    public static string Chinese(RectificationViolation violation) =>
        Enum.IsDefined(violation) ? "第三十四条" + Items[(int)violation - 1] : violation.ToString();
}
