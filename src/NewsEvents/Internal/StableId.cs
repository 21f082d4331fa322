using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace NewsEvents.Internal;

/// <summary>Identifiers derived from canonical content, so they are the same in every run and for any input order.</summary>
internal static class StableId
{
    /// <summary>Hashes parts (joined by a separator that cannot occur in identifiers' meaning) into a short hex id.</summary>
    public static string Of(string prefix, IEnumerable<string> parts)
    {
        var text = string.Join("\u001f", parts);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return prefix + "-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

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
