using System;
using System.Collections.Generic;

namespace NewsEvents.Text;

/// <summary>Finds the agencies a story relays: "as quoted by the state-run Anadolu Agency (AA)", "according to Reuters", "told AFP".</summary>
/// <remarks>Stateless and thread-safe; linear in the text length times the (fixed) number of cues.</remarks>
internal static class AgencyFinder
{
    private const int MaxNameWords = 6;

    /// <summary>Adds the names of relayed agencies found in the given sentences, in their fullest written form, without duplicates.</summary>
    public static void FindRelays(string text, IReadOnlyList<(int Offset, int Length)> sentences, ReaderLexicon lexicon, List<string> relays)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (offset, length) in sentences)
        {
            var sentence = text.AsSpan(offset, length);
            foreach (var cue in lexicon.RelayCues)
            {
                var from = 0;
                while (from < sentence.Length)
                {
                    var hit = sentence[from..].IndexOf(cue, StringComparison.Ordinal);
                    if (hit < 0)
                    {
                        break;
                    }

                    hit += from;
                    from = hit + cue.Length;
                    var wordBoundary = (hit == 0 || !char.IsLetter(sentence[hit - 1])) && from < sentence.Length && sentence[from] == ' ';
                    if (wordBoundary && TryName(sentence[from..], lexicon, out var name))
                    {
                        if (!written.TryGetValue(name, out var fullest))
                        {
                            fullest = Fullest(text, name, lexicon);
                            written.Add(name, fullest);
                            if (!relays.Contains(fullest))
                            {
                                relays.Add(fullest);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Reads an agency name after a cue, skipping modifiers ("the state-run").</summary>
    private static bool TryName(ReadOnlySpan<char> rest, ReaderLexicon lexicon, out string name)
    {
        name = string.Empty;
        var position = 0;
        var words = new List<string>();
        while (position < rest.Length && words.Count <= MaxNameWords + 2)
        {
            while (position < rest.Length && rest[position] == ' ')
            {
                position++;
            }

            var start = position;
            while (position < rest.Length && (char.IsLetterOrDigit(rest[position]) || rest[position] is '-' or '.' or '&' or '\'' or '’'))
            {
                position++;
            }

            var word = rest[start..position].TrimEnd('.').TrimEnd('’').TrimEnd('\'');
            if (word.IsEmpty)
            {
                break;
            }

            var text = word.ToString();
            if (words.Count == 0 && char.IsLower(word[0]) && lexicon.RelayModifiers.Contains(text))
            {
                continue;
            }

            var capitalized = char.IsUpper(word[0]) || char.IsDigit(word[0]) || lexicon.AgencyByForm.ContainsKey(text);
            if (!capitalized && !(words.Count > 0 && text is "of" or "de" or "for" or "and"))
            {
                break;
            }

            words.Add(text);
            if (position < rest.Length && rest[position] != ' ')
            {
                break;
            }
        }

        // Drop trailing connectives ("Reuters and").
        while (words.Count > 0 && words[^1] is "of" or "de" or "for" or "and")
        {
            words.RemoveAt(words.Count - 1);
        }

        // The earliest start (after capitalized modifiers such as "Syrian") and the longest known agency form there,
        // else a name ending in an agency head word ("... News Agency").
        for (var first = 0; first < words.Count && (first == 0 || lexicon.RelayModifiers.Contains(words[first - 1])); first++)
        {
            for (var count = Math.Min(words.Count - first, MaxNameWords); count > 0; count--)
            {
                var candidate = string.Join(' ', words.GetRange(first, count));
                if (lexicon.AgencyByForm.ContainsKey(candidate) || (count > 1 && lexicon.AgencyHeads.Contains(words[first + count - 1])))
                {
                    name = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The longest form of the same agency that occurs in the text as a whole word sequence, or the name itself.</summary>
    private static string Fullest(string text, string name, ReaderLexicon lexicon)
    {
        if (!lexicon.AgencyByForm.TryGetValue(name, out var entry))
        {
            return name;
        }

        foreach (var form in entry.Forms)
        {
            if (form.Length > name.Length && ContainsWord(text, form))
            {
                return form;
            }
        }

        return name;
    }

    private static bool ContainsWord(string text, string form)
    {
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.IndexOf(form, from, StringComparison.Ordinal);
            if (hit < 0)
            {
                return false;
            }

            var end = hit + form.Length;
            if ((hit == 0 || !char.IsLetterOrDigit(text[hit - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            from = hit + 1;
        }

        return false;
    }
}
