using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NewsEvents.Serialization;

namespace NewsEvents;

/// <summary>
/// Serializes NewsEvents types to and from JSON (report schema <c>newsevents.report/1</c>): camelCase properties,
/// ISO-8601 dates, kebab-case enum strings, <see cref="ClaimValue"/> polymorphism by a <c>kind</c> discriminator.
/// </summary>
/// <remarks>
/// Thread-safe. Never honours <c>$type</c> or other metadata properties, never instantiates a type named by the input,
/// rejects duplicate property names and nesting deeper than <see cref="MaxDepth"/>.
/// </remarks>
public static class NewsEventsJson
{
    /// <summary>The deepest nesting accepted when reading.</summary>
    public const int MaxDepth = 64;

    // Reference-loop detection compares each value with the objects being written around it; with the records' value
    // equality that was a member-by-member comparison per claim. The model is immutable and has no cycles, so identity
    // is the right test, and a cheap one.
    private static readonly JsonSerializerSettings SharedSettings = WithIdentityLoopCheck(CreateSettings());
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
    };

    /// <summary>Gets the settings every serialization of this class uses.</summary>
    internal static JsonSerializerSettings Settings => SharedSettings;

    private static JsonSerializerSettings WithIdentityLoopCheck(JsonSerializerSettings settings)
    {
        settings.EqualityComparer = System.Collections.Generic.ReferenceEqualityComparer.Instance;
        return settings;
    }

    /// <summary>Creates serializer settings configured for NewsEvents types.</summary>
    /// <returns>New settings; the caller may change them.</returns>
    public static JsonSerializerSettings CreateSettings() => new JsonSerializerSettings().ConfigureForNewsEvents();

    /// <summary>
    /// Configures settings for NewsEvents types: the report schema's naming and converters (NodaTime dates, kebab-case enums,
    /// claim values) for NewsEvents types only, and safety limits for reading.
    /// </summary>
    /// <remarks>
    /// The user's own types keep the contract resolver and converters the settings already had: their properties are not
    /// renamed and their enums are not written in kebab-case. The settings' <see cref="JsonSerializerSettings.TypeNameHandling"/>
    /// becomes <see cref="TypeNameHandling.None"/>, metadata properties (<c>$type</c>) are ignored, nesting is limited to
    /// <see cref="MaxDepth"/> and floating-point numbers are read as <see cref="decimal"/>.
    /// </remarks>
    /// <param name="settings">The settings to configure.</param>
    /// <returns>The same settings, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static JsonSerializerSettings ConfigureForNewsEvents(this JsonSerializerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ContractResolver = NewsEventsContractResolver.Wrap(settings.ContractResolver);
        settings.TypeNameHandling = TypeNameHandling.None;
        settings.MetadataPropertyHandling = MetadataPropertyHandling.Ignore;
        settings.DateParseHandling = DateParseHandling.None;
        settings.FloatParseHandling = FloatParseHandling.Decimal;
        settings.Culture = CultureInfo.InvariantCulture;
        settings.MaxDepth = MaxDepth;
        settings.NullValueHandling = NullValueHandling.Include;
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        return settings;
    }

    /// <summary>
    /// Configures System.Text.Json options (for example ASP.NET Core's <c>JsonOptions.SerializerOptions</c>) to read and write
    /// NewsEvents types as the NewsEvents JSON contract: the same document <see cref="Serialize{T}(T, bool)"/> writes.
    /// </summary>
    /// <remarks>
    /// Only types declared in NewsEvents are affected; the options' naming policy, converters and other settings still apply
    /// to every other type. A NewsEvents value is written and read by the Newtonsoft.Json serializer of this class, so the
    /// options' naming policy, indentation below the top level and encoder do not change it.
    /// </remarks>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used by a serializer).</exception>
    public static System.Text.Json.JsonSerializerOptions ConfigureForNewsEvents(this System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Any(c => c is NewsEventsJsonConverterFactory))
        {
            options.Converters.Insert(0, new NewsEventsJsonConverterFactory());
        }

        return options;
    }

    /// <summary>Serializes a value to JSON.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, bool indented = true)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Serialize(value, writer, indented);
        return writer.ToString();
    }

    /// <summary>Serializes a value as JSON to a writer. A large <see cref="ReconciliationReport"/> is serialized on several threads (the same text).</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Serialize<T>(T value, TextWriter writer, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is ReconciliationReport report && ReportJsonWriter.IsLarge(report, WriterDegree))
        {
            // A report of thousands of articles: its claims and events are serialized in chunks on every core (same text).
            ReportJsonWriter.Write(SharedSettings, report, writer, indented, WriterDegree);
            return;
        }

        SerializeWhole(value, writer, indented);
    }

    // The threads a large report's JSON is written on.
    private static int WriterDegree => Math.Min(Environment.ProcessorCount, 8);

    /// <summary>Serializes a value in one piece on the calling thread, whatever its size.</summary>
    internal static void SerializeWhole<T>(T value, TextWriter writer, bool indented)
    {
        var serializer = JsonSerializer.Create(SharedSettings);
        serializer.Formatting = indented ? Formatting.Indented : Formatting.None;
        serializer.Serialize(writer, value, typeof(T));
    }

    /// <summary>Deserializes a value from JSON.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonSerializationException">
    /// The JSON is malformed, too deep, has duplicate keys, is null, or does not fit the type or its invariants; the message names the JSON path.
    /// </exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = new StringReader(json);
        return Deserialize<T>(reader);
    }

    /// <summary>Deserializes a value from JSON read from a text reader.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonSerializationException">The JSON is malformed or does not fit the type; the message names the JSON path.</exception>
    public static T Deserialize<T>(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        JToken token;
        using (var json = new JsonTextReader(reader) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal })
        {
            try
            {
                token = JToken.ReadFrom(json, LoadSettings);
                if (json.Read() && json.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException(
                        $"Additional text found after the JSON value at line {json.LineNumber}, position {json.LinePosition}.");
                }
            }
            catch (JsonReaderException e)
            {
                throw new JsonSerializationException($"Malformed JSON at path '{e.Path}', line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
            }
        }

        if (token.Type == JTokenType.Null)
        {
            throw new JsonSerializationException($"JSON was null; expected a {typeof(T).Name}.");
        }

        if (typeof(T) == typeof(ReconciliationReport))
        {
            CheckSchema(token);
        }

        // The serializer reports where a failure happened (also for a model constructor that rejects a value), so the
        // message can name the JSON path even when the exception itself does not.
        string? failedAt = null;
        var serializer = JsonSerializer.Create(SharedSettings);
        serializer.Error += (_, args) => failedAt ??= args.ErrorContext.Path;
        try
        {
            var value = token.ToObject<T>(serializer);
            return value ?? throw new JsonSerializationException($"JSON was null; expected a {typeof(T).Name}.");
        }
        catch (JsonSerializationException e) when (failedAt is { Length: > 0 } && !e.Message.Contains($"'{failedAt}'", StringComparison.Ordinal))
        {
            throw new JsonSerializationException($"Invalid {typeof(T).Name} JSON at path '{failedAt}': {e.Message}", e);
        }
        catch (JsonSerializationException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or JsonException or OverflowException)
        {
            var at = string.IsNullOrEmpty(failedAt) ? string.Empty : $" at path '{failedAt}'";
            throw new JsonSerializationException($"Invalid {typeof(T).Name} JSON{at}: {e.Message}", e);
        }
    }

    private static void CheckSchema(JToken token)
    {
        if (token is JObject obj && obj.TryGetValue("schema", StringComparison.Ordinal, out var schema) &&
            (schema.Type != JTokenType.String || (string?)schema != ReconciliationReport.SchemaId))
        {
            throw new JsonSerializationException(
                $"Unsupported report schema {schema.ToString(Formatting.None)} at path 'schema'; expected \"{ReconciliationReport.SchemaId}\".");
        }
    }
}
