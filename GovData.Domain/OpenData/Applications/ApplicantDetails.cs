using System.Text.RegularExpressions;

namespace GovData.Domain.OpenData.Applications;

/// <summary>One broken rule of the application form: the field it belongs to and the resource key of its message.</summary>
public sealed record FormViolation(string Field, string Key, params object[] Arguments);

/// <summary>
/// Who applies and how to reach them. A citizen gives a name and a valid resident identity card number; a legal person
/// its name and a valid unified social credit code; another organisation its name and, optionally, a valid code. Every
/// applicant gives a contact person, a phone number and an e-mail address.
/// </summary>
public sealed partial record ApplicantDetails(
    ApplicantType Type,
    string? Name,
    string? IdentityNumber,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail)
{
    public const int MaxNameLength = 200;
    public const int MaxContactLength = 100;

    /// <summary>Everything wrong with these details (empty when they are valid).</summary>
    public IReadOnlyList<FormViolation> Violations()
    {
        List<FormViolation> violations = [];
        if (string.IsNullOrWhiteSpace(Name))
        {
            violations.Add(new(nameof(Name), OpenDataApplicationErrors.NameRequired));
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            violations.Add(new(nameof(Name), OpenDataApplicationErrors.TooLong, MaxNameLength));
        }

        switch (Type)
        {
            case ApplicantType.Citizen when ResidentIdNumber.Normalize(IdentityNumber) is null:
                violations.Add(new(nameof(IdentityNumber), OpenDataApplicationErrors.IdNumberInvalid));
                break;
            case ApplicantType.LegalPerson when UnifiedSocialCreditCode.Normalize(IdentityNumber) is null:
            case ApplicantType.OtherOrganisation when !string.IsNullOrWhiteSpace(IdentityNumber) && UnifiedSocialCreditCode.Normalize(IdentityNumber) is null:
                violations.Add(new(nameof(IdentityNumber), OpenDataApplicationErrors.CreditCodeInvalid));
                break;
        }

        if (string.IsNullOrWhiteSpace(ContactName))
        {
            violations.Add(new(nameof(ContactName), OpenDataApplicationErrors.ContactNameRequired));
        }
        else if (ContactName.Trim().Length > MaxContactLength)
        {
            violations.Add(new(nameof(ContactName), OpenDataApplicationErrors.TooLong, MaxContactLength));
        }

        if (ContactPhone is null || !Phone().IsMatch(ContactPhone.Trim()))
        {
            violations.Add(new(nameof(ContactPhone), OpenDataApplicationErrors.PhoneInvalid));
        }

        if (ContactEmail is null || ContactEmail.Trim().Length > MaxContactLength || !Email().IsMatch(ContactEmail.Trim()))
        {
            violations.Add(new(nameof(ContactEmail), OpenDataApplicationErrors.EmailInvalid));
        }

        return violations;
    }

    /// <summary>The identifier in canonical form (null for an organisation that gave none).</summary>
    public string? CanonicalIdentityNumber() => Type switch
    {
        ApplicantType.Citizen => ResidentIdNumber.Normalize(IdentityNumber),
        _ => UnifiedSocialCreditCode.Normalize(IdentityNumber),
    };

    // A mobile number (1 + 10 digits) or a landline with optional area code and extension, + for abroad.
    [GeneratedRegex(@"^(\+?\d{1,3}[ -]?)?(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
