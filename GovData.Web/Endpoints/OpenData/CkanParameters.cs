using System.Globalization;
using System.Text;
using System.Text.Json;
using GovData.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// The parameters of one CKAN action call, read the way CKAN reads them (decision 0038): a GET (or HEAD) from the
/// query string; a POST from its body — a JSON object (what ckanapi sends), or form fields (with CKAN's old quirk of a
/// JSON object sent as the only form key) — over the query string, so the same names give the same answer either way.
/// JSON numbers and booleans count as their text (<c>"rows": 5</c> = <c>rows=5</c>), null as absent. A body over
/// <see cref="MaxBodyBytes"/>, not JSON or not an object is a <see cref="Refusal"/> (CKAN's 400 "Bad request"), never
/// half-read; nothing here depends on who is signed in.
/// </summary>
public sealed class CkanParameters
{
    public const int MaxBodyBytes = 64 * 1024;

    private readonly Dictionary<string, string> _values;

    private CkanParameters(Dictionary<string, string> values, string? refusal)
    {
        _values = values;
        Refusal = refusal;
    }

    /// <summary>Why the body was refused, in the caller's language; null when the parameters were read.</summary>
    public string? Refusal { get; }

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Minimal API binding: every action handler that takes a <see cref="CkanParameters"/> reads it here.</summary>
    public static async ValueTask<CkanParameters?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return new CkanParameters(values, null);
        }

        var text = context.RequestServices.GetRequiredService<IStringLocalizer<OpenDataResource>>();
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return new CkanParameters(values, text.Format("Ckan.BodyTooLarge", MaxBodyBytes / 1024));
        }

        var contentType = context.Request.ContentType ?? string.Empty;
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return new CkanParameters(values, text["Ckan.BodyUnsupported"]);
        }

        var refusal = contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            ? ReadForm(body, values, text)
            : ReadJson(body, values, text);
        return new CkanParameters(values, refusal);
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? ReadForm(byte[] body, Dictionary<string, string> values, IStringLocalizer<OpenDataResource> text)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

        // Old CKAN clients post the JSON object itself as the only form key, with an empty value (or "1").
        if (form.Count == 1 && form.Single() is var (key, value) && key.TrimStart().StartsWith('{') && value.ToString() is "" or "1")
        {
            return ReadJson(Encoding.UTF8.GetBytes(key), values, text);
        }

        foreach (var (name, field) in form)
        {
            values[name] = field.ToString();
        }

        return null;
    }

    private static string? ReadJson(byte[] body, Dictionary<string, string> values, IStringLocalizer<OpenDataResource> text)
    {
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return null; // CKAN: an empty body is an empty object
        }

        JsonDocument document;
        try
        {
            // Windows tools (PowerShell, Notepad) write UTF-8 with a byte-order mark; the JSON reader does not take one.
            var json = body.AsMemory();
            document = JsonDocument.Parse(json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return text["Ckan.BodyNotJson"];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return text["Ckan.BodyNotObject"];
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Null:
                        values.Remove(property.Name);
                        break;
                    case JsonValueKind.String:
                        values[property.Name] = property.Value.GetString()!;
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        values[property.Name] = property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
                        break;
                    default:
                        values[property.Name] = property.Value.GetRawText();
                        break;
                }
            }
        }

        return null;
    }
}
