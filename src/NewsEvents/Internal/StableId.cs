using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace NewsEvents.Internal;

/// <summary>Identifiers derived from canonical content, so they are the same in every run and for any input order.</summary>
internal static class StableId
{
    /// <summary>Hashes parts (joined by a separator that cannot occur in identifiers' meaning) into a short hex id.</summary>
    /// <remarks>
    /// The id is the prefix, a hyphen and the first 8 bytes of the SHA-256 of the parts' UTF-8 joined by U+001F, in lower-case
    /// hex. It is computed on pooled and stack buffers: the id string is the only allocation for a single part.
    /// </remarks>
    public static string Of(string prefix, IEnumerable<string> parts)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(256);
        try
        {
            var length = 0;
            var first = true;
            foreach (var part in parts)
            {
                var needed = length + 1 + Encoding.UTF8.GetMaxByteCount(part.Length);
                if (needed > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                if (!first)
                {
                    buffer[length++] = 0x1F;
                }

                first = false;
                length += Encoding.UTF8.GetBytes(part, buffer.AsSpan(length));
            }

            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return string.Create(prefix.Length + 17, (Prefix: prefix, Hash: BinaryPrimitives.ReadUInt64BigEndian(hash)), static (chars, state) =>
            {
                state.Prefix.AsSpan().CopyTo(chars);
                chars[state.Prefix.Length] = '-';
                var hex = chars[(state.Prefix.Length + 1)..];
                for (var i = 0; i < 16; i++)
                {
                    hex[i] = LowerHex[(int)((state.Hash >> (60 - (4 * i))) & 0xF)];
                }
            });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const string LowerHex = "0123456789abcdef";

    /// <summary>Turns a name into an identifier: lower case letters and digits separated by single hyphens.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "unknown" : builder.ToString();
    }
}

/// <summary>A small union-find (disjoint sets) with path halving and union by size; the smaller index wins ties so roots are deterministic.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (_size[ra] < _size[rb] || (_size[ra] == _size[rb] && rb < ra))
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return true;
    }
}
