using System;
using System.Collections.Generic;

namespace NewsEvents.Internal;

/// <summary>
/// A read-only string-keyed table (ordinal) that is also looked up by a key given as a span, or in up to three parts ("open" +
/// " " + "fire", "stud" + "y") built on the stack: no string is allocated for a key, on every target framework.
/// </summary>
/// <remarks>
/// <para>
/// Most words of a text are in none of the tables, and a large table answers a miss slowly (its slots and keys are rarely
/// in the processor's cache). A small bit filter of the keys (ten bits per key, two probes) turns away about 97 % of the
/// keys it does not hold before the table is read.
/// </para>
/// <para>
/// The key is hashed once (64-bit FNV-1a): the filter's probes, the slot and a 32-bit tag all come from that hash, so a
/// look-up reads one slot array (open addressing, linear probing, at most half full) and compares characters only when
/// the tag matches. Built once; immutable and safe to read from many threads.
/// </para>
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class SpanMap<T>
{
    /// <summary>Longer keys are built on the heap; keys up to this length on the stack.</summary>
    public const int MaxStackKey = 96;

    private readonly string[] _keys;
    private readonly T[] _values;

    // Per slot: the entry's index + 1 in the low 32 bits (0: empty), the key's tag in the high 32 bits.
    private readonly ulong[] _slots;
    private readonly int _slotShift;
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    /// <summary>Builds a table; when a key comes twice, the last value is kept.</summary>
    /// <param name="entries">The keys and values.</param>
    public SpanMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var unique = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            unique[key] = value;
        }

        _keys = new string[unique.Count];
        _values = new T[unique.Count];
        var slotBits = 3;
        while ((1 << slotBits) < unique.Count * 2)
        {
            slotBits++;
        }

        _slots = new ulong[1 << slotBits];
        _slotShift = 64 - slotBits;
        var bits = 64;
        while (bits < unique.Count * 10)
        {
            bits <<= 1;
        }

        _filter = new ulong[bits / 64];
        _filterMask = bits - 1;
        var n = 0;
        foreach (var (key, value) in unique)
        {
            _keys[n] = key;
            _values[n] = value;
            var h = Hash(key);
            Set((int)h & _filterMask);
            Set((int)(h >> 32) & _filterMask);
            var mask = _slots.Length - 1;
            var slot = Slot(h);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = (Tag(h) << 32) | (uint)(n + 1);
            n++;
        }
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count => _keys.Length;

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(string key, out T value) => TryGetValue(key.AsSpan(), out value);

    /// <summary>Looks a key given as a span up.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        var entry = Find(key);
        value = entry < 0 ? default! : _values[entry];
        return entry >= 0;
    }

    /// <summary>Gets the table's own string of a key given as a span, so that text equal to a key need not be copied.</summary>
    public bool TryGetKey(ReadOnlySpan<char> key, out string stored)
    {
        var entry = Find(key);
        stored = entry < 0 ? null! : _keys[entry];
        return entry >= 0;
    }

    // The index of the key's entry, or -1.
    private int Find(ReadOnlySpan<char> key)
    {
        var h = Hash(key);
        if (IsSet((int)h & _filterMask) && IsSet((int)(h >> 32) & _filterMask))
        {
            var mask = _slots.Length - 1;
            var tag = Tag(h);
            for (var slot = Slot(h); _slots[slot] is var s && s != 0; slot = (slot + 1) & mask)
            {
                var entry = (int)(uint)s - 1;
                if (s >> 32 == tag && key.SequenceEqual(_keys[entry]))
                {
                    return entry;
                }
            }
        }

        return -1;
    }

    /// <summary>Looks up the key <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, out T value)
    {
        var n = a.Length + b.Length + c.Length;
        if (n > MaxStackKey)
        {
            return TryGetValue(string.Concat(a, b, c), out value);
        }

        Span<char> key = stackalloc char[n];
        Join(key, a, b, c);
        return TryGetValue(key, out value);
    }

    private void Set(int bit) => _filter[bit >> 6] |= 1UL << (bit & 63);

    private bool IsSet(int bit) => (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;

    // Fibonacci hashing: the slot is the top bits of the hash times the golden ratio, which mixes every bit of the hash in.
    private int Slot(ulong h) => (int)((h * 0x9E3779B97F4A7C15UL) >> _slotShift);

    private static ulong Tag(ulong h) => (uint)(h >> 32);

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
