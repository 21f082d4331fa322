using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Serialization;

/// <summary>
/// Lets System.Text.Json read and write NewsEvents types as the NewsEvents JSON contract (<c>newsevents.report/1</c>): each
/// NewsEvents value is written and read by <see cref="NewsEventsJson"/>, so both serializers produce the same document.
/// </summary>
/// <remarks>Thread-safe and stateless. Types that are not declared in NewsEvents are left to the options' other converters.</remarks>
internal sealed class NewsEventsJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => NewsEventsContractResolver.IsNewsEventsType(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Bridge<>).MakeGenericType(typeToConvert));

    private sealed class Bridge<T> : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            try
            {
                return NewsEventsJson.Deserialize<T>(document.RootElement.GetRawText());
            }
            catch (Newtonsoft.Json.JsonSerializationException e)
            {
                throw new JsonException($"Invalid {typeof(T).Name} JSON: {e.Message}", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            // Indented only at the top: raw JSON nested in an indented document cannot take the writer's indentation.
            writer.WriteRawValue(NewsEventsJson.Serialize(value, indented: writer.Options.Indented && writer.CurrentDepth == 0), skipInputValidation: true);
    }
}
