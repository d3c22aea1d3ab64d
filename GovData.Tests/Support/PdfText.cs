using System.Diagnostics;

namespace GovData.Tests.Support;

/// <summary>The text of a PDF as poppler's <c>pdftotext</c> reads it (test.sh installs poppler-utils when missing),
/// and the fonts <c>pdffonts</c> lists.</summary>
public static class PdfText
{
    public static Task<string> ExtractAsync(byte[] pdf) => RunAsync("pdftotext", ["-enc", "UTF-8", "-layout"], pdf, "-");

    public static Task<string> FontsAsync(byte[] pdf) => RunAsync("pdffonts", [], pdf, null);

    private static async Task<string> RunAsync(string tool, string[] options, byte[] pdf, string? output)
    {
        var path = Path.Combine(Path.GetTempPath(), $"govdata-pdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(path);
            if (output is not null)
            {
                start.ArgumentList.Add(output);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"{tool} is missing: install poppler-utils (bash test.sh does it as root).", e);
            }

            using (process)
            {
                var text = await process.StandardOutput.ReadToEndAsync();
                var error = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
                return text;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
