using System;
using Newtonsoft.Json;

namespace NewsEvents;

/// <summary>Serializes NewsEvents types to and from JSON (<c>newsevents.report/1</c>): camelCase, ISO dates, kebab-case enums.</summary>
/// <remarks>Thread-safe.</remarks>
public static class NewsEventsJson
{
    /// <summary>Serializes a value.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, bool indented = true) =>
        JsonConvert.SerializeObject(value, indented ? Formatting.Indented : Formatting.None);

    /// <summary>Deserializes a value.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonSerializationException">The JSON is malformed or does not fit the type; the message names the path.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonConvert.DeserializeObject<T>(json) ?? throw new JsonSerializationException("JSON was null");
    }
}
