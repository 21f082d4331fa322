using System;
using System.Collections.Generic;

namespace NewsEvents.Quantities;

/// <summary>An immutable ASCII case-insensitive word lookup over spans that allocates nothing per lookup.</summary>
/// <typeparam name="T">The value stored for a word.</typeparam>
/// <remarks>
/// Built once; lookups are thread-safe. A per first-letter bit set of word lengths rejects most words
/// before any hashing, which keeps the scan of non-matching text cheap.
/// </remarks>
internal sealed class WordTable<T>
    where T : class
{
    private const int MaxLength = 63;

    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int _mask;
    private readonly ulong[] _lengthsByFirstLetter = new ulong[26];

    public WordTable(IReadOnlyDictionary<string, T> words)
    {
        var size = 16;
        while (size < words.Count * 4)
        {
            size <<= 1;
        }

        _keys = new string[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (var (word, value) in words)
        {
            if (word.Length == 0 || word.Length > MaxLength || !IsAsciiLetter(word[0]))
            {
                throw new ArgumentException($"word '{word}' must start with an ASCII letter and have 1 to {MaxLength} characters", nameof(words));
            }

            var slot = Hash(word) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = word.ToLowerInvariant();
            _values[slot] = value;
            _lengthsByFirstLetter[(word[0] | 0x20) - 'a'] |= 1UL << word.Length;
        }
    }

    /// <summary>Finds the value of a word, comparing ASCII letters case-insensitively.</summary>
    public T? Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength || !IsAsciiLetter(word[0])
            || (_lengthsByFirstLetter[(word[0] | 0x20) - 'a'] & (1UL << word.Length)) == 0)
        {
            return null;
        }

        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (EqualsIgnoreAsciiCase(key, word))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return null;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static int Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ (uint)(c < 128 ? c | 0x20 : c)) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
    }

    private static bool EqualsIgnoreAsciiCase(string lower, ReadOnlySpan<char> word)
    {
        if (lower.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if ((c < 128 ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}
