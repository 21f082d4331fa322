using System;
using System.Collections.Generic;

namespace NewsEvents.Text;

/// <summary>Content words of the story lines, to tell whether another line is about the same story.</summary>
/// <remarks>Mutable while one read builds it; never shared across reads.</remarks>
internal sealed class TopicalVocabulary
{
    private const int MinWordLength = 4;

    private const int MinContentWords = 4;

    private readonly ReaderLexicon _lexicon;

    private readonly Dictionary<string, int> _lineCounts = new(StringComparer.Ordinal);

    public TopicalVocabulary(ReaderLexicon lexicon) => _lexicon = lexicon;

    public void AddStoryLine(ReadOnlySpan<char> line)
    {
        foreach (var word in ContentWords(line))
        {
            _lineCounts[word] = _lineCounts.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>Whether fewer than <paramref name="threshold"/> of the line's content words occur in other story lines.</summary>
    /// <remarks>The line itself may be among the story lines, so its own occurrence is discounted.</remarks>
    public bool IsUnrelated(ReadOnlySpan<char> line, double threshold)
    {
        var words = ContentWords(line);
        if (words.Count < MinContentWords)
        {
            return false;
        }

        var shared = 0;
        foreach (var word in words)
        {
            if (_lineCounts.GetValueOrDefault(word) > 1)
            {
                shared++;
            }
        }

        return shared < threshold * words.Count;
    }

    private HashSet<string> ContentWords(ReadOnlySpan<char> line)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[128];
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || (line[i] is '-' && i + 1 < line.Length && char.IsLetter(line[i + 1]))))
            {
                i++;
            }

            if (i - start >= MinWordLength)
            {
                // Lower-case into a buffer and allocate the word once.
                var length = i - start;
                var lowered = length <= buffer.Length ? buffer[..length] : new char[length];
                line[start..i].ToLowerInvariant(lowered);
                var word = new string(lowered);
                if (!_lexicon.StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }

            // Skip a possessive or contraction tail ("Syria’s").
            if (i < line.Length && line[i] is '\'' or '’')
            {
                i++;
                while (i < line.Length && char.IsLetter(line[i]))
                {
                    i++;
                }
            }
        }

        return words;
    }
}
