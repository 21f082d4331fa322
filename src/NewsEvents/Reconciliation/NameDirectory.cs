using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsEvents.Internal;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Groups the spellings of one person's (or place's) name within a story: two written names are one name when their
/// last words sound alike and their first words do too (C/K, ph/f, ck/k, doubled letters, vowels, one letter more or
/// less: "Catherine"/"Katherine"/"Kathryn", "Brian"/"Bryant", "Harlock"/"Harlok"). Middle names are ignored. Immutable
/// once built.
/// </summary>
internal sealed class NameDirectory
{
    private readonly Dictionary<string, string> _canonical;
    private readonly Dictionary<string, string> _spelling;

    private NameDirectory(Dictionary<string, string> canonical, Dictionary<string, string> spelling)
    {
        _canonical = canonical;
        _spelling = spelling;
    }

    /// <summary>Builds the directory from written names, each with how many articles use it.</summary>
    public static NameDirectory Build(IReadOnlyDictionary<string, int> written)
    {
        var names = written.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var streets = StoryWords.Frames.StreetTypes;
        var keys = names.Select(n => (First: Sound(FirstWord(n)), Last: Sound(LastWord(n)), RawFirst: Fold(FirstWord(n)), RawLast: Fold(LastWord(n)),
            Street: streets.Contains(Fold(LastWord(n))))).ToList();
        var sets = new DisjointSets(names.Count);
        var bySurname = new Dictionary<char, List<int>>();
        for (var i = 0; i < names.Count; i++)
        {
            // Streets meet whatever their type word: "Philip Street" and "Phillips Road".
            var block = keys[i].Street ? '\u0001' : keys[i].Last.Length > 0 ? keys[i].Last[0] : ' ';
            if (!bySurname.TryGetValue(block, out var list))
            {
                list = [];
                bySurname[block] = list;
            }

            foreach (var j in list.Take(500))
            {
                if (keys[i].Street && keys[j].Street)
                {
                    // A street is one name word (or two) and a type: "Independent"/"Independence", "Philip"/"Phillips".
                    if (StreetAlike(names[i], names[j]))
                    {
                        sets.Union(i, j);
                    }

                    continue;
                }

                // "Port Ellery" is a short form of "Port Ellery Ellers" (another thing named after it), not a spelling.
                if (Alike(keys[i].Last, keys[j].Last) && Alike(keys[i].First, keys[j].First) && !WordPrefix(names[i], names[j]) &&
                    Edits(keys[i].RawLast, keys[j].RawLast) <= 2 &&
                    (Edits(keys[i].RawFirst, keys[j].RawFirst) <= 2 || ShortForm(keys[i].RawFirst, keys[j].RawFirst) ||
                     LongSpellings(keys[i], keys[j])))
                {
                    sets.Union(i, j);
                }
            }

            list.Add(i);
        }

        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, names.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => names[i]).ToList();
            var best = members.OrderByDescending(n => written[n]).ThenBy(n => n, StringComparer.Ordinal).First();
            foreach (var m in members)
            {
                canonical[m] = best;

                // A short form of the first name ("Stan" for "Stanley") is the same spelling, not a variant.
                var first = Fold(FirstWord(m));
                var full = members.Select(o => Fold(FirstWord(o))).Where(o => o.Length > first.Length && first.Length >= 3 &&
                    o.StartsWith(first, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
                var last = Fold(LastWord(m));
                spelling[m] = (full ?? first) + " " + StoryWords.Frames.StreetAbbreviations.GetValueOrDefault(last, last);
            }
        }

        // A surname alone ("Hale") is the person when exactly one full name of the story ends in it.
        foreach (var single in written.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
        {
            var matches = canonical.Values.Where(c => string.Equals(LastWord(c), single, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal).ToList();
            if (matches.Count == 1)
            {
                canonical[single] = matches[0];
            }
        }

        return new NameDirectory(canonical, spelling);
    }

    // Whether one name's words open the other's ("Port Ellery", "Port Ellery Ellers"), ignoring case.
    private static bool WordPrefix(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && longer[shorter.Length] == ' ';
    }

    /// <summary>The canonical spelling of a written name's person (itself when unknown).</summary>
    public string Canonical(string written) => _canonical.TryGetValue(written, out var c) ? c : written;

    /// <summary>How a written name is spelled, ignoring case, diacritics and middle names: "tom reyes".</summary>
    public string Spelling(string written) => _spelling.TryGetValue(written, out var s) ? s : Fold(written);

    /// <summary>Lower case without diacritics or punctuation.</summary>
    public static string Fold(string s)
    {
        if (Ascii.IsValid(s))
        {
            return FoldAscii(s);
        }

        var builder = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Fold of ASCII text, which normalization leaves as it is: its letters and digits, lowered; the text itself when it
    // is folded already (most words of a news text), so that folding them allocates nothing.
    private static string FoldAscii(string s)
    {
        var i = 0;
        while (i < s.Length && (char.IsAsciiLetterLower(s[i]) || char.IsAsciiDigit(s[i])))
        {
            i++;
        }

        if (i == s.Length)
        {
            return s;
        }

        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        s.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        }

        return new string(buffer[..n]);
    }

    // The words before a street's type, folded: alike when within two edits and sharing their first four letters, or when
    // their sound skeletons are alike ("Philip"/"Phillips"); numbered streets must match exactly ("223rd"/"233rd" differ).
    private static bool StreetAlike(string a, string b)
    {
        var x = Fold(a[..a.LastIndexOf(' ')]);
        var y = Fold(b[..b.LastIndexOf(' ')]);
        if (x == y)
        {
            return true;
        }

        if (x.Any(char.IsDigit) || y.Any(char.IsDigit) || Math.Min(x.Length, y.Length) < 4)
        {
            return false;
        }

        return Edits(x, y) <= 2 && (string.CompareOrdinal(x, 0, y, 0, 4) == 0 || Alike(Sound(x), Sound(y)));
    }

    /// <summary>
    /// Tells whether two folded words sound alike as one name spelled two ways ("Philip"/"Phillips"): within two edits and
    /// with alike sound skeletons; stricter than the street-name test, which also takes two letters changed after four shared
    /// ones ("Bartonbar"/"Bartonmor" would be one street name).
    /// </summary>
    internal static bool SoundsAlike(string x, string y) =>
        x == y || (Math.Min(x.Length, y.Length) >= 4 && Math.Abs(x.Length - y.Length) <= 2 &&
                   !HasDigit(x) && !HasDigit(y) &&
                   Edits(x, y) <= 2 && Alike(Sound(x), Sound(y)));

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // "Stan" and "Stanley": one first name is the short form of the other.
    // "Katherine Valdane" and "Kathryn Valdane": long first names of one skeleton under one surname are one name even three
    // letters apart; shorter ones ("Karen", "Corinne") need the closer spelling above.
    private static bool LongSpellings((string First, string Last, string RawFirst, string RawLast, bool Street) a,
        (string First, string Last, string RawFirst, string RawLast, bool Street) b) =>
        a.First == b.First && a.RawLast == b.RawLast && Math.Min(a.RawFirst.Length, b.RawFirst.Length) >= 6 &&
        Edits(a.RawFirst, b.RawFirst) <= 3;

    private static bool ShortForm(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    private static string FirstWord(string name) => name[..(name.IndexOf(' ', StringComparison.Ordinal) is var i and >= 0 ? i : name.Length)];

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    // A consonant skeleton that sounds alike: first letter kept, c/k/q → k, ph → f, th → t, vowels, h, w and y dropped,
    // doubled letters collapsed.
    internal static string Sound(string word)
    {
        var w = Fold(word);
        if (w.Length == 0)
        {
            return w;
        }

        var builder = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c == 'p' && i + 1 < w.Length && w[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }
            else if (c is 'c' or 'q')
            {
                c = 'k';
            }
            else if (c == 'z')
            {
                c = 's';
            }

            if (i > 0 && "aeiouyhw".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (i == 0 && "aeiouy".Contains(c, StringComparison.Ordinal))
            {
                c = 'a';
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Levenshtein distance, for the few letters of a name: "john"/"jane" sound alike by skeleton but are three edits apart.
    internal static int Edits(string a, string b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    // Equal skeletons, or one letter added at the end or inside when both have at least two consonants.
    private static bool Alike(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Min(a.Length, b.Length) < 2 || Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        for (var skip = 0; skip < longer.Length; skip++)
        {
            if (string.CompareOrdinal(longer.Remove(skip, 1), shorter) == 0)
            {
                return skip > 0; // the first letter must agree
            }
        }

        return false;
    }

    public override string ToString() => _canonical.Count.ToString(CultureInfo.InvariantCulture) + " names";
}
