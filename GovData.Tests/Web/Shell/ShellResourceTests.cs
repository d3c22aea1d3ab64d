using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GovData.Domain.Identity;
using GovData.Web.Components.Layout;
using GovData.Web.Components.Pages.Dashboard;
using GovData.Web.Localization;
using GovData.Workflows.Dashboard;

namespace GovData.Tests.Web.Shell;

public sealed partial class ShellResourceTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<Type> Resources => [typeof(SharedResource), typeof(AccountResource), typeof(NotificationResource)];

    private static Dictionary<string, string> Entries(Type resource, CultureInfo culture)
    {
        var set = new ResourceManager(resource).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{resource.Name} has no resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryKey_HasChineseAndEnglish(Type resource)
    {
        var chinese = Entries(resource, CultureInfo.InvariantCulture);
        var english = Entries(resource, English);

        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void EnglishTexts_HaveNoChinese_AndPlaceholdersMatch(Type resource)
    {
        var chinese = Entries(resource, CultureInfo.InvariantCulture);
        var english = Entries(resource, English);

        // Language names are autonyms: 中文 stays 中文 in the English UI.
        Assert.All(english.Where(e => !e.Key.StartsWith("Language.", StringComparison.Ordinal)), e => Assert.False(HasChinese(e.Value), e.Key));
        Assert.All(chinese, e => Assert.Equal(Placeholders(e.Value), Placeholders(english[e.Key])));
    }

    [Fact]
    public void ShellKeys_UsedInCode_Exist()
    {
        var shared = Entries(typeof(SharedResource), CultureInfo.InvariantCulture);
        IEnumerable<string> keys =
        [
            .. NavigationCatalog.All.SelectMany(s => s.Items).Select(i => i.TitleKey),
            .. NavigationCatalog.All.Select(s => s.TitleKey).OfType<string>(),
            .. typeof(DashboardCountKeys).GetFields().Select(f => (string)f.GetValue(null)!).SelectMany(k => new[] { DashboardCards.For(k).LabelKey, DashboardCards.For(k).HintKey }),
            .. Enum.GetNames<DashboardAudience>().Select(a => $"Dashboard.Section.{a}"),
            .. Roles.All.Select(r => $"Role.{r}"),
        ];

        var missing = keys.Where(k => !shared.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"Missing in SharedResource: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ValidationMessages_FollowTheUiCulture()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("请输入密码。", AccountResource.PasswordRequired);
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("Enter your password.", AccountResource.PasswordRequired);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void ShellComponents_HaveNoChineseLiterals()
    {
        var web = Path.Combine(RepositoryRoot(), "GovData.Web", "Components");
        string[] owned = ["Layout", "Shared", "Account", Path.Combine("Pages", "Dashboard"), Path.Combine("Pages", "Notifications")];
        var files = owned.SelectMany(d => Directory.EnumerateFiles(Path.Combine(web, d), "*.razor", SearchOption.AllDirectories))
            .Concat(new[] { "Home.razor", "NotFound.razor", "Error.razor" }.Select(f => Path.Combine(web, "Pages", f)))
            .ToList();

        Assert.NotEmpty(files);
        var offenders = files.Where(f => HasChinese(File.ReadAllText(f))).Select(Path.GetFileName).ToList();
        Assert.Empty(offenders);
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef');

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order());

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovData.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
