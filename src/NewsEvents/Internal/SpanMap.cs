using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace NewsEvents.Internal;

/// <summary>
/// A frozen string-keyed table (ordinal) that is also looked up by a key given as a span, or in up to three parts ("open" +
/// " " + "fire", "stud" + "y") built on the stack: on .NET 9 and later no string is allocated for a key.
/// </summary>
/// <remarks>
/// Most words of a text are in none of the tables, and a large table answers a miss slowly (its buckets and keys are rarely
/// in the processor's cache). A small bit filter of the keys (ten bits per key, two probes) turns away about 97 % of the
/// keys it does not hold before the table is read.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class SpanMap<T>
{
    /// <summary>Longer keys are built on the heap; keys up to this length on the stack.</summary>
    public const int MaxStackKey = 96;

    private readonly FrozenDictionary<string, T> _map;
    private readonly ulong[] _filter;
    private readonly int _filterMask;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    /// <summary>Freezes a table.</summary>
    /// <param name="entries">The keys and values.</param>
    public SpanMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = entries.ToFrozenDictionary(StringComparer.Ordinal);
        var bits = 64;
        while (bits < _map.Count * 10)
        {
            bits <<= 1;
        }

        _filter = new ulong[bits / 64];
        _filterMask = bits - 1;
        foreach (var key in _map.Keys)
        {
            var h = Hash(key);
            Set((int)h & _filterMask);
            Set((int)(h >> 32) & _filterMask);
        }
#if NET9_0_OR_GREATER
        _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count => _map.Count;

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(string key, out T value)
    {
        if (!MayHold(key))
        {
            value = default!;
            return false;
        }

        return _map.TryGetValue(key, out value!);
    }

    /// <summary>Looks a key given as a span up.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        if (!MayHold(key))
        {
            value = default!;
            return false;
        }

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

    private void Set(int bit) => _filter[bit >> 6] |= 1UL << (bit & 63);

    private bool IsSet(int bit) => (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;

    // Whether the key may be in the table: false only for a key it certainly does not hold.
    private bool MayHold(ReadOnlySpan<char> key)
    {
        var h = Hash(key);
        return IsSet((int)h & _filterMask) && IsSet((int)(h >> 32) & _filterMask);
    }

    // FNV-1a over the characters, 64 bits: the filter's two probes are its halves.
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>Writes <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> one after another into <paramref name="key"/>, which is exactly as long as they are.</summary>
    public static void Join(Span<char> key, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        a.CopyTo(key);
        b.CopyTo(key[a.Length..]);
        c.CopyTo(key[(a.Length + b.Length)..]);
    }
}
