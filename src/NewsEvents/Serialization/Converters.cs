using System;
using System.Globalization;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Serialization;

/// <summary>
/// Resolves contracts for NewsEvents types with the report schema's rules, and leaves every other type to the resolver the
/// settings had before (the user's own types keep their names, enums and converters).
/// </summary>
/// <remarks>Thread-safe: contracts are cached by the underlying resolvers.</remarks>
internal sealed class NewsEventsContractResolver : IContractResolver
{
    /// <summary>The resolver of NewsEvents' own settings: the schema for NewsEvents types, Newtonsoft's defaults for the rest.</summary>
    public static readonly NewsEventsContractResolver Instance = new(new DefaultContractResolver());

    private static readonly SchemaContractResolver Schema = new();

    private readonly IContractResolver _others;

    private NewsEventsContractResolver(IContractResolver others)
    {
        _others = others;
    }

    /// <summary>Wraps the resolver settings already had, so that it keeps serving every type that is not a NewsEvents type.</summary>
    /// <param name="others">The settings' resolver, or <see langword="null"/> for Newtonsoft's default.</param>
    /// <returns>A resolver for the settings.</returns>
    public static NewsEventsContractResolver Wrap(IContractResolver? others) => others switch
    {
        null => Instance,
        NewsEventsContractResolver resolver => resolver,
        _ => new(others),
    };

    /// <inheritdoc/>
    public JsonContract ResolveContract(Type type) => IsNewsEventsType(type) ? Schema.ResolveContract(type) : _others.ResolveContract(type);

    /// <summary>Whether a type (or the type a <see cref="Nullable{T}"/> wraps) is declared in the NewsEvents assembly.</summary>
    internal static bool IsNewsEventsType(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type).Assembly == typeof(NewsEventsContractResolver).Assembly;

    /// <summary>
    /// camelCase names with the short names of the report schema ("event", "article", "actor"), kebab-case enums,
    /// <see cref="ClaimValue"/> by its <c>kind</c>, and the schema's dates, periods and numbers on NewsEvents properties.
    /// </summary>
    private sealed class SchemaContractResolver : DefaultContractResolver
    {
        private static readonly JsonConverter Enums = new Newtonsoft.Json.Converters.StringEnumConverter(new KebabCaseNamingStrategy()) { AllowIntegerValues = false };
        private static readonly JsonConverter Dates = new LocalDateJsonConverter();
        private static readonly JsonConverter Periods = new PeriodJsonConverter();
        private static readonly JsonConverter Numbers = new DecimalJsonConverter();
        private static readonly JsonConverter ClaimValues = new ClaimValueJsonConverter();

        public SchemaContractResolver()
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false };
        }

        protected override JsonContract CreateContract(Type objectType)
        {
            var contract = base.CreateContract(objectType);
            var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
            if (type.IsEnum)
            {
                contract.Converter = Enums;
            }
            else if (typeof(ClaimValue).IsAssignableFrom(type))
            {
                contract.Converter = ClaimValues;
            }

            return contract;
        }

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.PropertyName = member.Name switch
            {
                "EventId" => "event",
                "ArticleId" => "article",
                "ActorId" => "actor",
                _ => property.PropertyName,
            };
            var type = property.PropertyType is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
            property.Converter ??= type == typeof(LocalDate) ? Dates
                : type == typeof(Period) ? Periods
                : type == typeof(decimal) ? Numbers
                : null;
            return property;
        }
    }
}

/// <summary>Reads and writes NodaTime <see cref="LocalDate"/> as ISO <c>yyyy-MM-dd</c>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    public override bool CanConvert(Type objectType) => objectType == typeof(LocalDate) || objectType == typeof(LocalDate?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return objectType == typeof(LocalDate?) ? null : throw Error(reader, "a date is required here, found null");
        }

        if (reader.TokenType != JsonToken.String)
        {
            throw Error(reader, $"expected a date string yyyy-MM-dd, found {reader.TokenType}");
        }

        var text = (string)reader.Value!;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw Error(reader, $"'{Truncate(text)}' is not a date in the form yyyy-MM-dd");
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is LocalDate date)
        {
            writer.WriteValue(Pattern.Format(date));
        }
        else
        {
            writer.WriteNull();
        }
    }

    internal static JsonSerializationException Error(JsonReader reader, string message) =>
        new($"Invalid JSON at path '{reader.Path}': {message}.");

    internal static string Truncate(string text) => text.Length <= 40 ? text : text[..37] + "...";
}

/// <summary>Reads and writes NodaTime <see cref="Period"/> as ISO-8601 durations (<c>P30D</c>).</summary>
internal sealed class PeriodJsonConverter : JsonConverter
{
    private static readonly PeriodPattern Pattern = PeriodPattern.Roundtrip;

    public override bool CanConvert(Type objectType) => objectType == typeof(Period);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.String)
        {
            throw LocalDateJsonConverter.Error(reader, $"expected an ISO-8601 period string such as P30D, found {reader.TokenType}");
        }

        var text = (string)reader.Value!;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw LocalDateJsonConverter.Error(reader, $"'{LocalDateJsonConverter.Truncate(text)}' is not an ISO-8601 period");
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is Period period)
        {
            writer.WriteValue(Pattern.Format(period));
        }
        else
        {
            writer.WriteNull();
        }
    }
}

/// <summary>Writes decimals as the report schema shows them: whole numbers without a fraction ("1101", not "1101.0").</summary>
internal sealed class DecimalJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) => reader.TokenType switch
    {
        JsonToken.Null when objectType == typeof(decimal?) => null,
        JsonToken.Integer or JsonToken.Float => Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
        _ => throw LocalDateJsonConverter.Error(reader, $"expected a number, found {reader.TokenType}"),
    };

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        ClaimValueJsonConverter.WriteNumber(writer, value as decimal?);
}

/// <summary>Reads and writes the closed <see cref="ClaimValue"/> hierarchy with a <c>kind</c> discriminator.</summary>
internal sealed class ClaimValueJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => typeof(ClaimValue).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not ClaimValue claimValue)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("kind");
        writer.WriteValue(claimValue.Kind);
        writer.WritePropertyName("text");
        writer.WriteValue(claimValue.Text);
        switch (claimValue)
        {
            case TemporalValue t:
                writer.WritePropertyName("start");
                writer.WriteValue(LocalDatePattern.Iso.Format(t.Start));
                writer.WritePropertyName("end");
                writer.WriteValue(LocalDatePattern.Iso.Format(t.End));
                writer.WritePropertyName("granularity");
                serializer.Serialize(writer, t.Granularity);
                writer.WritePropertyName("yearInferred");
                writer.WriteValue(t.YearInferred);
                writer.WritePropertyName("weekdayAnchored");
                writer.WriteValue(t.WeekdayAnchored);
                writer.WritePropertyName("dayMonthOrderInferred");
                writer.WriteValue(t.DayMonthOrderInferred);
                if (t.Timex is { } timex)
                {
                    writer.WritePropertyName("timex");
                    writer.WriteStartObject();
                    writer.WritePropertyName("type");
                    writer.WriteValue(timex.TypeName);
                    writer.WritePropertyName("value");
                    writer.WriteValue(timex.Value);
                    writer.WriteEndObject();
                }

                break;
            case QuantityValue q:
                writer.WritePropertyName("min");
                WriteNumber(writer, q.Min);
                writer.WritePropertyName("max");
                WriteNumber(writer, q.Max);
                writer.WritePropertyName("approximate");
                writer.WriteValue(q.Approximate);
                writer.WritePropertyName("unit");
                writer.WriteValue(q.Unit);
                break;
            case ActorValue a:
                writer.WritePropertyName("actor");
                writer.WriteValue(a.ActorId);
                break;
            case PlaceValue p:
                writer.WritePropertyName("place");
                writer.WriteValue(p.PlaceId);
                break;
            case TimeOfDayValue t:
                writer.WritePropertyName("from");
                writer.WriteValue(t.Earliest.ToString("HH:mm", CultureInfo.InvariantCulture));
                writer.WritePropertyName("to");
                writer.WriteValue(t.Latest.ToString("HH:mm", CultureInfo.InvariantCulture));
                writer.WritePropertyName("zone");
                writer.WriteValue(t.Zone);
                break;
            case TermsValue terms:
                writer.WritePropertyName("proposition");
                writer.WriteValue(terms.Proposition);
                writer.WritePropertyName("polarity");
                serializer.Serialize(writer, terms.Polarity);
                break;
        }

        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw LocalDateJsonConverter.Error(reader, $"expected a claim value object, found {reader.TokenType}");
        }

        var obj = JObject.Load(reader);
        var kind = RequiredString(obj, "kind");
        var text = RequiredString(obj, "text");
        try
        {
            ClaimValue value = kind switch
            {
                "temporal" => new TemporalValue(text, Date(obj, "start"), Date(obj, "end"),
                    Enum<TemporalGranularity>(obj, "granularity", serializer),
                    Bool(obj, "yearInferred"), Bool(obj, "weekdayAnchored"), Bool(obj, "dayMonthOrderInferred"))
                {
                    Timex = ReadTimex(obj),
                },
                "quantity" => new QuantityValue(text, Decimal(obj, "min"), Decimal(obj, "max"), Bool(obj, "approximate"), OptionalString(obj, "unit")),
                "actor" => new ActorValue(text, RequiredString(obj, "actor")),
                "place" => new PlaceValue(text, RequiredString(obj, "place")),
                "terms" => new TermsValue(text, RequiredString(obj, "proposition"), Enum<Polarity>(obj, "polarity", serializer)),
                "text" => new TextValue(text),
                "time-of-day" => new TimeOfDayValue(text, Time(obj, "from"), Time(obj, "to"), OptionalString(obj, "zone")),
                _ => throw new JsonSerializationException(
                    $"Invalid JSON at path '{obj["kind"]!.Path}': unknown claim value kind '{LocalDateJsonConverter.Truncate(kind)}'; expected temporal, quantity, time-of-day, actor, place, terms or text."),
            };
            if (!objectType.IsInstanceOfType(value))
            {
                throw new JsonSerializationException($"Invalid JSON at path '{obj.Path}': a '{kind}' value cannot be read as {objectType.Name}.");
            }

            return value;
        }
        catch (ArgumentException e)
        {
            throw new JsonSerializationException($"Invalid JSON at path '{obj.Path}': {e.Message}", e);
        }
    }

    /// <summary>Writes whole numbers without a fractional part ("1101", not "1101.0"), as the schema shows them.</summary>
    internal static void WriteNumber(JsonWriter writer, decimal? value)
    {
        if (value is not { } v)
        {
            writer.WriteNull();
        }
        else if (v == decimal.Truncate(v) && v >= long.MinValue && v <= long.MaxValue)
        {
            writer.WriteValue((long)v);
        }
        else
        {
            writer.WriteValue(v);
        }
    }

    private static JToken Required(JObject obj, string name) =>
        obj.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type != JTokenType.Null
            ? token
            : throw new JsonSerializationException($"Invalid JSON at path '{Join(obj.Path, name)}': required property is missing or null.");

    private static string RequiredString(JObject obj, string name)
    {
        var token = Required(obj, name);
        return token.Type == JTokenType.String
            ? (string)token!
            : throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a string, found {token.Type}.");
    }

    private static string? OptionalString(JObject obj, string name) =>
        obj.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type != JTokenType.Null
            ? token.Type == JTokenType.String ? (string?)token : throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a string, found {token.Type}.")
            : null;

    private static Timex? ReadTimex(JObject obj)
    {
        if (!obj.TryGetValue("timex", StringComparison.Ordinal, out var token) || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token is not JObject timex)
        {
            throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a timex object {{\"type\", \"value\"}}, found {token.Type}.");
        }

        var typeName = RequiredString(timex, "type");
        TimexType type = typeName switch
        {
            "DATE" => TimexType.Date,
            "TIME" => TimexType.Time,
            "DURATION" => TimexType.Duration,
            "SET" => TimexType.Set,
            _ => throw new JsonSerializationException(
                $"Invalid JSON at path '{timex["type"]!.Path}': unknown timex type '{LocalDateJsonConverter.Truncate(typeName)}'; expected DATE, TIME, DURATION or SET."),
        };
        return new Timex(type, OptionalString(timex, "value"));
    }

    private static bool Bool(JObject obj, string name) =>
        obj.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type != JTokenType.Null &&
        (token.Type == JTokenType.Boolean ? (bool)token : throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected true or false, found {token.Type}."));

    private static decimal? Decimal(JObject obj, string name)
    {
        if (!obj.TryGetValue(name, StringComparison.Ordinal, out var token) || token.Type == JTokenType.Null)
        {
            return null;
        }

        return token.Type is JTokenType.Integer or JTokenType.Float
            ? token.Value<decimal>()
            : throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a number, found {token.Type}.");
    }

    private static LocalTime Time(JObject obj, string name)
    {
        var token = Required(obj, name);
        if (token.Type == JTokenType.String)
        {
            var result = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse((string)token!);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a time string HH:mm.");
    }

    private static LocalDate Date(JObject obj, string name)
    {
        var token = Required(obj, name);
        if (token.Type == JTokenType.String)
        {
            var result = LocalDatePattern.Iso.Parse((string)token!);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': expected a date string yyyy-MM-dd.");
    }

    private static T Enum<T>(JObject obj, string name, JsonSerializer serializer)
        where T : struct, System.Enum
    {
        var token = Required(obj, name);
        try
        {
            return token.ToObject<T>(serializer);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new JsonSerializationException($"Invalid JSON at path '{token.Path}': '{LocalDateJsonConverter.Truncate(token.ToString())}' is not a valid {typeof(T).Name}.", e);
        }
    }

    private static string Join(string path, string name) => string.IsNullOrEmpty(path) ? name : path + "." + name;
}
