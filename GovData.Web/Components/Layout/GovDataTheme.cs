using MudBlazor;

namespace GovData.Web.Components.Layout;

/// <summary>
/// The GovData look: a deep government blue, quiet neutrals and a CJK-first font stack. app.css repeats the main
/// colours as --gd-* variables for the static account pages, which render without MudBlazor's interactive inputs.
/// </summary>
public static class GovDataTheme
{
    public const string Primary = "#1b4f8f";
    public const string PrimaryDark = "#143d70";
    public const string Background = "#f3f5f8";
    public const string TextPrimary = "#1f2933";
    public const string TextSecondary = "#52606d";
    public const string Lines = "#dde3ea";

    /// <summary>
    /// System fonts only (the app must work offline on a government intranet): Latin UI fonts first where the OS has
    /// them, then the Simplified Chinese fonts of Windows, macOS and Linux (Noto Sans CJK SC, from fonts-noto-cjk).
    /// </summary>
    public static readonly string[] FontFamily =
    [
        "-apple-system", "BlinkMacSystemFont", "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", "Arial", "sans-serif",
    ];

    public static MudTheme Theme { get; } = Create();

    private static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = Primary,
                PrimaryContrastText = "#ffffff",
                Secondary = "#0f766e",
                Tertiary = "#7c5e10",
                Info = "#1d6fb8",
                Success = "#2e7d32",
                Warning = "#b45309",
                Error = "#c62828",
                Dark = "#1f2933",
                TextPrimary = TextPrimary,
                TextSecondary = TextSecondary,
                ActionDefault = TextSecondary,
                Background = Background,
                BackgroundGray = "#e9edf2",
                Surface = "#ffffff",
                AppbarBackground = PrimaryDark,
                AppbarText = "#ffffff",
                DrawerBackground = "#ffffff",
                DrawerText = TextPrimary,
                DrawerIcon = TextSecondary,
                LinesDefault = Lines,
                LinesInputs = "#b8c2cc",
                TableLines = Lines,
                Divider = Lines,
                DividerLight = "#eef1f5",
            },
            LayoutProperties = new LayoutProperties
            {
                DefaultBorderRadius = "6px",
                AppbarHeight = "60px",
                DrawerWidthLeft = "232px",
            },
        };

        var typography = theme.Typography;
        BaseTypography[] all =
        [
            typography.Default, typography.H1, typography.H2, typography.H3, typography.H4, typography.H5, typography.H6,
            typography.Subtitle1, typography.Subtitle2, typography.Body1, typography.Body2, typography.Button,
            typography.Caption, typography.Overline,
        ];
        foreach (var style in all)
        {
            style.FontFamily = FontFamily;
            style.LetterSpacing = "normal";
        }

        typography.H4.FontSize = "1.625rem";
        typography.H4.FontWeight = "600";
        typography.H5.FontSize = "1.25rem";
        typography.H5.FontWeight = "600";
        typography.H6.FontSize = "1.0625rem";
        typography.H6.FontWeight = "600";
        typography.Subtitle1.FontWeight = "500";
        typography.Subtitle2.FontWeight = "600";
        typography.Button.FontWeight = "500";
        typography.Button.TextTransform = "none";
        return theme;
    }
}
