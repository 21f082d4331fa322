using System;
using System.Collections.Frozen;

namespace NewsEvents.Claims;

/// <summary>
/// Look-ups of string-keyed lexicon tables by a key given in up to three parts ("open" + " " + "fire", "stud" + "y"),
/// built on the stack: on .NET 9 and later no string is allocated for a key that is not in the table.
/// </summary>
internal static class LookupKeys
{
    /// <summary>Longer keys are built as strings.</summary>
    public const int MaxStackKey = 96;

    /// <summary>Copies the parts one after another into <paramref name="key"/>, which is exactly as long as they are.</summary>
    public static void Join(Span<char> key, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        a.CopyTo(key);
        b.CopyTo(key[a.Length..]);
        c.CopyTo(key[(a.Length + b.Length)..]);
    }

    /// <summary>Looks up the key <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/> in a table with an ordinal comparer.</summary>
    public static bool TryGet<T>(this FrozenDictionary<string, T> map, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, out T value)
    {
        var n = a.Length + b.Length + c.Length;
        if (n > MaxStackKey)
        {
            return map.TryGetValue(string.Concat(a, b, c), out value!);
        }

        Span<char> key = stackalloc char[n];
        Join(key, a, b, c);
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
#else
        return map.TryGetValue(key.ToString(), out value!);
#endif
    }

    /// <summary>Tells whether a set with an ordinal comparer holds <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/>.</summary>
    public static bool Contains(this FrozenSet<string> set, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var n = a.Length + b.Length + c.Length;
        if (n > MaxStackKey)
        {
            return set.Contains(string.Concat(a, b, c));
        }

        Span<char> key = stackalloc char[n];
        Join(key, a, b, c);
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
        return set.Contains(key.ToString());
#endif
    }
}
