using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovData.Workflows.Documents;

/// <summary>
/// Text in two fonts: CJK characters (and everything from U+2E80 on) in the CJK font, the rest in the Latin font,
/// because neither embedded font covers both. Measures, wraps (between Latin words and between any two CJK
/// characters; a word wider than the line is cut) and draws runs side by side.
/// </summary>
internal sealed class MixedText
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XFont _cjk;
    private readonly XFont _latin;

    public MixedText(double size, bool bold)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        _cjk = new XFont(EmbeddedFontResolver.CjkFamily, size, style, Unicode);
        _latin = new XFont(EmbeddedFontResolver.LatinFamily, size, style, Unicode);
        Size = size;
    }

    public double Size { get; }

    /// <summary>The distance between two baselines.</summary>
    public double LineHeight => Size * 1.5;

    public static bool IsCjk(char c) => c >= '\u2E80' || char.IsSurrogate(c);

    public double Width(XGraphics gfx, string text)
    {
        double width = 0;
        foreach (var (run, font) in Runs(text))
        {
            width += gfx.MeasureString(run, font).Width;
        }

        return width;
    }

    public void Draw(XGraphics gfx, string text, XBrush brush, double x, double top)
    {
        foreach (var (run, font) in Runs(text))
        {
            gfx.DrawString(run, font, brush, x, top, XStringFormats.TopLeft);
            x += gfx.MeasureString(run, font).Width;
        }
    }

    /// <summary>The lines <paramref name="text"/> takes in <paramref name="width"/> points; a line break in the text
    /// starts a new line; an empty text is one empty line.</summary>
    public IReadOnlyList<string> Wrap(XGraphics gfx, string text, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(gfx, paragraph, width, lines);
        }

        return lines;
    }

    private void WrapParagraph(XGraphics gfx, string paragraph, double width, List<string> lines)
    {
        var line = string.Empty;
        foreach (var token in Tokens(paragraph))
        {
            var candidate = line + token;
            if (line.Length == 0 || Width(gfx, candidate) <= width)
            {
                line = candidate;
            }
            else
            {
                lines.Add(line.TrimEnd());
                line = token.TrimStart();
            }

            // A single word wider than the line: cut it where it overflows.
            while (line.Length > 1 && Width(gfx, line) > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && Width(gfx, line[..cut]) > width)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        lines.Add(line.TrimEnd());
    }

    /// <summary>Latin words with their trailing spaces, or single CJK characters (surrogate pairs kept whole).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsCjk(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                yield return text.Substring(i, length);
                i += length;
                start = i;
            }
            else if (text[i] == ' ')
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                yield return text[start..i];
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private IEnumerable<(string Run, XFont Font)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsCjk(text[i]) != IsCjk(text[start]))
            {
                yield return (text[start..i], IsCjk(text[start]) ? _cjk : _latin);
                start = i;
            }
        }
    }
}
