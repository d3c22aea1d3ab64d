using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GovData.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovData.Workflows.Audit;

/// <summary>
/// Turns a tracked change into the row's "what" and its before/after summary: compact JSON, for an insert the new
/// values, for a delete the old ones, for an update only the properties that changed as <c>{"old":…,"new":…}</c>.
/// Secrets never reach the log: password hashes, security stamps and token values are written as <c>***</c>.
/// </summary>
internal static class AuditSummary
{
    public const string Redacted = "***";

    // Concurrency stamps change on every save and normalized names repeat the name: noise, not information.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.ConcurrencyStamp),
        nameof(IdentityUser.NormalizedUserName),
        nameof(IdentityUser.NormalizedEmail),
        nameof(IdentityRole.NormalizedName),
    };

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash),
        nameof(IdentityUser.SecurityStamp),
        nameof(GovData.Domain.Integration.DepartmentApiKey.SecretHash),
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the stored JSON; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string EntityTypeName(EntityEntry entry)
    {
        var type = entry.Metadata;
        if (type.HasSharedClrType)
        {
            return type.ShortName();
        }

        var name = type.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    public static string? EntityKey(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        return string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    public static string Action(EntityState state) => state switch
    {
        EntityState.Added => AuditActions.Insert,
        EntityState.Deleted => AuditActions.Delete,
        _ => AuditActions.Update,
    };

    /// <summary>The summary, or null for an update that changed nothing worth recording.</summary>
    public static string? Describe(EntityEntry entry, EntityState state)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var written = 0;
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (Ignored.Contains(name))
                {
                    continue;
                }

                var secret = IsSecret(entry, name);
                if (state == EntityState.Modified)
                {
                    if (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))
                    {
                        continue;
                    }

                    json.WriteStartObject(name);
                    json.WritePropertyName("old");
                    WriteValue(json, secret ? Mask(property.OriginalValue) : property.OriginalValue);
                    json.WritePropertyName("new");
                    WriteValue(json, secret ? Mask(property.CurrentValue) : property.CurrentValue);
                    json.WriteEndObject();
                }
                else
                {
                    var value = state == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
                    if (value is null)
                    {
                        continue;
                    }

                    json.WritePropertyName(name);
                    WriteValue(json, secret ? Redacted : value);
                }

                written++;
            }

            json.WriteEndObject();
        }

        return state == EntityState.Modified && written == 0 ? null : Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A small JSON object from name/value pairs (sign-in rows).</summary>
    public static string Of(params (string Name, object? Value)[] values)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var (name, value) in values.Where(v => v.Value is not null))
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsSecret(EntityEntry entry, string property) =>
        Secret.Contains(property)
        || (property == nameof(IdentityUserToken<string>.Value) && entry.Entity is IdentityUserToken<string>);

    private static string? Mask(object? value) => value is null ? null : Redacted;

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or short or byte or sbyte or ushort:
                json.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(Format(value));
                break;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => $"({bytes.Length} bytes)",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
