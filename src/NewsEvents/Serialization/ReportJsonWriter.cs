using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace NewsEvents.Serialization;

/// <summary>
/// Writes a large <see cref="ReconciliationReport"/> as JSON with its long arrays (claims, events) serialized in chunks on
/// several threads, then written in order: the same text, character for character, as serializing the report in one piece.
/// </summary>
/// <remarks>
/// A report of 10,000 articles is over a gigabyte of JSON, three quarters of it claims, and one thread writes about 150 MB/s.
/// Each chunk is written by its own serializer inside a wrapper object, so that it has the depth (and indentation) it has
/// in the report, and the text between the wrapper's brackets is copied out. While one wave of chunks (one per thread) is
/// written out, the next is serialized: at most twice the degree of chunks are held at once.
/// </remarks>
internal static class ReportJsonWriter
{
    /// <summary>Items per chunk.</summary>
    public const int DefaultChunkSize = 2048;

    /// <summary>An array shorter than this is written in one piece.</summary>
    public const int DefaultMinItems = 16_384;

    /// <summary>Tells whether a report is worth writing in parallel.</summary>
    public static bool IsLarge(ReconciliationReport report, int degree) =>
        degree > 1 && (report.Claims.Length >= DefaultMinItems || report.Events.Length >= DefaultMinItems);

    /// <summary>Writes the report.</summary>
    /// <param name="settings">The serializer settings, as for the whole report.</param>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="degree">How many threads serialize chunks.</param>
    /// <param name="chunkSize">Items per chunk.</param>
    /// <param name="minItems">The shortest array written in chunks.</param>
    public static void Write(JsonSerializerSettings settings, ReconciliationReport report, TextWriter writer, bool indented, int degree,
        int chunkSize = DefaultChunkSize, int minItems = DefaultMinItems)
    {
        var formatting = indented ? Formatting.Indented : Formatting.None;
        var serializer = JsonSerializer.Create(settings);
        serializer.Formatting = formatting;
        var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(typeof(ReconciliationReport));
        var json = new JsonTextWriter(writer) { Formatting = formatting, CloseOutput = false };
        json.WriteStartObject();
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || property.ShouldSerialize?.Invoke(report) == false || property.PropertyName is null)
            {
                continue;
            }

            var value = property.ValueProvider!.GetValue(report);
            json.WritePropertyName(property.PropertyName);
            if (property.Converter is { } converter)
            {
                converter.WriteJson(json, value, serializer);
            }
            else if (value is IList { Count: var count } items && count >= minItems && property.ItemConverter is null &&
                     ItemType(property.PropertyType) is { } itemType)
            {
                WriteChunked(settings, formatting, json, writer, items, itemType, degree, chunkSize);
            }
            else
            {
                serializer.Serialize(json, value, property.PropertyType);
            }
        }

        json.WriteEndObject();
    }

    private static Type? ItemType(Type? listType) =>
        listType is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? t.GetGenericArguments()[0] : null;

    private static void WriteChunked(JsonSerializerSettings settings, Formatting formatting, JsonTextWriter json, TextWriter writer, IList items,
        Type itemType, int degree, int chunkSize)
    {
        var chunks = (items.Count + chunkSize - 1) / chunkSize;
        var size = Math.Max(1, degree);

        // Writing to a UTF-8 stream writer: the chunks are encoded on the worker threads too, and their bytes go straight to
        // the stream (after what the writer holds), which leaves the writing thread only the copying.
        json.WriteRawValue("[");
        json.Flush();
        var stream = writer is StreamWriter { Encoding: UTF8Encoding, BaseStream.CanWrite: true } streamWriter ? streamWriter.BaseStream : null;
        var utf8 = stream is null ? null : (UTF8Encoding)((StreamWriter)writer).Encoding;

        // Two waves of chunks: the next one is serialized while the current one is written out.
        var waves = new Slot[2][];
        for (var w = 0; w < waves.Length; w++)
        {
            waves[w] = new Slot[size];
            for (var k = 0; k < size; k++)
            {
                waves[w][k] = new Slot();
            }
        }

        void Serialize(Slot[] wave, int first)
        {
            var count = Math.Min(wave.Length, chunks - first);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree },
                k => wave[k].Fill(settings, formatting, items, itemType, (first + k) * chunkSize, chunkSize, utf8));
        }

        Serialize(waves[0], 0);
        for (var (first, w) = (0, 0); first < chunks; first += size, w ^= 1)
        {
            var next = first + size < chunks ? Task.Run(() => Serialize(waves[w ^ 1], first + size)) : Task.CompletedTask;
            try
            {
                var wave = waves[w];
                for (var k = 0; k < Math.Min(size, chunks - first); k++)
                {
                    wave[k].WriteTo(writer, stream, separator: first + k > 0);
                }
            }
            finally
            {
                // Never leave a wave being serialized behind, even when writing failed.
                next.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            }

            next.GetAwaiter().GetResult();
        }

        // The closing bracket of an array that is a property of the top-level object: on its own line, one level in.
        json.WriteRaw(formatting == Formatting.Indented ? "\n  ]" : "]");
    }

    // One chunk's text: the items as the report writes them inside its array, without the brackets, and, for a UTF-8 stream,
    // their bytes. Reused from wave to wave.
    private sealed class Slot
    {
        private readonly StringBuilder _text = new();
        private int _start;
        private int _end;
        private byte[] _bytes = [];
        private int _byteCount = -1;

        // Serializes items [start, start + length) in a wrapper object ({"x": [...]}), so that they stand at the depth
        // they have in the report, and keeps where they are in the text; encodes them when given an encoding.
        public void Fill(JsonSerializerSettings settings, Formatting formatting, IList items, Type itemType, int start, int length,
            UTF8Encoding? utf8)
        {
            var end = Math.Min(items.Count, start + length);
            var slice = Array.CreateInstance(itemType, end - start);
            for (var i = start; i < end; i++)
            {
                slice.SetValue(items[i], i - start);
            }

            _text.Clear();
            var serializer = JsonSerializer.Create(settings);
            serializer.Formatting = formatting;
            using (var output = new StringWriter(_text, CultureInfo.InvariantCulture))
            {
                var json = new JsonTextWriter(output) { Formatting = formatting };
                json.WriteStartObject();
                json.WritePropertyName("x");
                serializer.Serialize(json, slice, slice.GetType());
                json.WriteEndObject();
                json.Flush();
            }

            var open = IndexOf(_text, '[');
            var last = LastIndexOf(_text, ']') - 1;
            while (last > open && char.IsWhiteSpace(_text[last]))
            {
                last--;
            }

            (_start, _end) = (open + 1, last + 1);
            _byteCount = utf8 is null ? -1 : Encode(utf8);
        }

        public void WriteTo(TextWriter writer, Stream? stream, bool separator)
        {
            if (_byteCount >= 0 && stream is not null)
            {
                if (separator)
                {
                    stream.WriteByte((byte)',');
                }

                stream.Write(_bytes, 0, _byteCount);
                return;
            }

            if (separator)
            {
                writer.Write(',');
            }

            // The characters [start, end) without making a string of them (a chunk is megabytes).
            var at = 0;
            foreach (var memory in _text.GetChunks())
            {
                var from = Math.Max(_start, at);
                var to = Math.Min(_end, at + memory.Length);
                if (from < to)
                {
                    writer.Write(memory.Span[(from - at)..(to - at)]);
                }

                at += memory.Length;
                if (at >= _end)
                {
                    break;
                }
            }
        }

        // UTF-8 of the characters [start, end), with the encoding's handling of broken surrogates, across the builder's pieces.
        private int Encode(UTF8Encoding utf8)
        {
            var needed = utf8.GetMaxByteCount(_end - _start);
            if (_bytes.Length < needed)
            {
                _bytes = new byte[needed];
            }

            var encoder = utf8.GetEncoder();
            var written = 0;
            var at = 0;
            foreach (var memory in _text.GetChunks())
            {
                var from = Math.Max(_start, at);
                var to = Math.Min(_end, at + memory.Length);
                at += memory.Length;
                if (from < to)
                {
                    written += encoder.GetBytes(memory.Span[(from - (at - memory.Length))..(to - (at - memory.Length))], _bytes.AsSpan(written), flush: at >= _end);
                }

                if (at >= _end)
                {
                    break;
                }
            }

            written += encoder.GetBytes([], _bytes.AsSpan(written), flush: true);
            return written;
        }
    }

    private static int IndexOf(StringBuilder builder, char c)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(StringBuilder builder, char c)
    {
        for (var i = builder.Length - 1; i >= 0; i--)
        {
            if (builder[i] == c)
            {
                return i;
            }
        }

        return -1;
    }
}
