using System.Globalization;
using System.Resources;

namespace GovData.Web.Localization;

/// <summary>
/// Texts of the sign-in and account pages (AccountResource.resx = Chinese, .en.resx = English). The static properties
/// serve DataAnnotations (<c>ErrorMessageResourceType</c> needs a public static property per message), so validation
/// messages follow the request's language like every other text.
/// </summary>
public sealed class AccountResource
{
    private static readonly ResourceManager Resources = new(typeof(AccountResource));

    public static string EmailRequired => Get("Validation.EmailRequired");

    public static string EmailInvalid => Get("Validation.EmailInvalid");

    public static string PasswordRequired => Get("Validation.PasswordRequired");

    /// <summary>StringLength message: {2} is the minimum, {1} the maximum length.</summary>
    public static string PasswordLength => Get("Validation.PasswordLength");

    public static string PasswordMismatch => Get("Validation.PasswordMismatch");

    public static string CurrentPasswordRequired => Get("Validation.CurrentPasswordRequired");

    public static string DisplayNameRequired => Get("Validation.DisplayNameRequired");

    /// <summary>StringLength message: {1} is the maximum length.</summary>
    public static string DisplayNameLength => Get("Validation.DisplayNameLength");

    public static string PhoneInvalid => Get("Validation.PhoneInvalid");

    private static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
