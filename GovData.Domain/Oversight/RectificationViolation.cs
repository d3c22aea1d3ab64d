namespace GovData.Domain.Oversight;

/// <summary>
/// The eight cases of Art. 34 (一)–(八) for which the data bureau orders a department to correct itself by a deadline.
/// The numbers are the article's items (the stored value); the wording is in the resx (<c>Oversight.Violation.{name}</c>).
/// </summary>
public enum RectificationViolation
{
    /// <summary>(一) 未按照规定编制、更新政务数据资源目录.</summary>
    CatalogNotCompiledOrUpdated = 1,

    /// <summary>(二) 未按照规定向共享平台及时提供相应的政务数据资源.</summary>
    DataNotProvidedInTime = 2,

    /// <summary>(三) 未按照规定采集、更新政务数据资源.</summary>
    DataNotCollectedOrUpdated = 3,

    /// <summary>(四) 未及时维护和更新政务数据资源.</summary>
    DataNotMaintained = 4,

    /// <summary>(五) 提供的政务数据不完整、不准确、不可用.</summary>
    DataIncompleteOrInaccurate = 5,

    /// <summary>(六) 向共享平台提供的政务数据和本部门所掌握的政务数据不一致.</summary>
    DataInconsistent = 6,

    /// <summary>(七) 将共享的政务数据资源用于履行职责需要以外的目的.</summary>
    UsedBeyondDuties = 7,

    /// <summary>(八) 违反本条例关于政务数据资源共享规定的其他行为.</summary>
    OtherSharingViolation = 8,
}
