using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace NewsEvents.Claims;

/// <summary>
/// A frozen string-keyed table (ordinal) that is also looked up by a key given as a span, or in up to three parts ("open" +
/// " " + "fire", "stud" + "y") built on the stack: on .NET 9 and later no string is allocated for a key.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class SpanMap<T>
{
    /// <summary>Longer keys are built on the heap; keys up to this length on the stack.</summary>
    public const int MaxStackKey = 96;

    private readonly FrozenDictionary<string, T> _map;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    /// <summary>Freezes a table.</summary>
    /// <param name="entries">The keys and values.</param>
    public SpanMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = entries.ToFrozenDictionary(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count => _map.Count;

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(string key, out T value) => _map.TryGetValue(key, out value!);

    /// <summary>Looks a key given as a span up.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(key, out value!);
#else
        return _map.TryGetValue(key.ToString(), out value!);
#endif
    }

    /// <summary>Looks up the key <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, out T value)
    {
        var n = a.Length + b.Length + c.Length;
        if (n > MaxStackKey)
        {
            return _map.TryGetValue(string.Concat(a, b, c), out value!);
        }

        Span<char> key = stackalloc char[n];
        Join(key, a, b, c);
        return TryGetValue(key, out value);
    }

    /// <summary>Writes <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> one after another into <paramref name="key"/>, which is exactly as long as they are.</summary>
    public static void Join(Span<char> key, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        a.CopyTo(key);
        b.CopyTo(key[a.Length..]);
        c.CopyTo(key[(a.Length + b.Length)..]);
    }
}
