using System;
using System.Collections.Generic;

namespace NewsEvents.Claims;

/// <summary>One event mention found in a sentence: the trigger's character span and the event word it is.</summary>
/// <param name="Start">Offset of the trigger's first character in the article text.</param>
/// <param name="End">Offset just after the trigger's last character.</param>
/// <param name="Word">The event word (for a light-verb construction, the noun: "made an offer" is an offer).</param>
/// <param name="IsReporting">Whether the mention reports speech ("said", "told"): such an event is never merged with another.</param>
internal readonly record struct DetectedMention(int Start, int End, EventWord Word, bool IsReporting);

/// <summary>
/// Finds the words of a text that mention a happening, typed by the event lexicon or not: eventive verbs ("struck",
/// "checked into"), event nouns and nominalizations ("the quake", "the shooting", "talks"), light-verb constructions
/// ("opened fire", "made an offer") and outcome adjectives ("dead"), each with its exact span.
/// </summary>
/// <remarks>
/// Rules, not a tagger: part of speech is read from the word before (a determiner makes a noun, "to", a modal, an auxiliary
/// or a pronoun a verb). Not mentions: auxiliaries and states ("be", "seem"), words inside a name, capitalized words
/// inside a sentence, and a noun that is the first word of a compound naming a thing ("fire sale", "strike zone").
/// Immutable and thread-safe; linear in the tokens.
/// </remarks>
internal sealed class MentionDetector
{
    private static readonly HashSet<string> NounCues = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s", "’s",
        "another", "every", "each", "any", "no", "some", "such", "first", "second", "third", "last", "latest", "recent",
        "new", "deadly", "fatal", "major", "big", "huge", "massive", "powerful", "strong", "small", "minor", "further",
        "several", "two", "three", "many", "more", "of",
    };

    private static readonly HashSet<string> VerbCues = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "may", "might", "could", "can", "should", "must", "shall", "did", "does", "do", "not", "never",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "he", "she", "it", "they", "we", "i", "you",
        "who", "n't", "already", "also", "then", "just", "reportedly", "allegedly", "later", "once",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "any",
    };

    private readonly EventWords _words;

    /// <summary>Creates a detector over an event-word table.</summary>
    /// <param name="words">The table.</param>
    public MentionDetector(EventWords words)
    {
        _words = words;
    }

    /// <summary>Gets the event-word table.</summary>
    public EventWords Words => _words;

    /// <summary>Finds the mentions of one sentence (or title line).</summary>
    /// <param name="text">The article text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="blocked">Per token, whether it may not be (part of) a mention: it is in a name or an already typed trigger.</param>
    /// <param name="titleCase">Whether capitalized words may be mentions (a headline in title case).</param>
    /// <param name="found">Receives the mentions, in text order.</param>
    public void Detect(string text, List<Token> tokens, ReadOnlySpan<bool> blocked, bool titleCase, List<DetectedMention> found)
    {
        var n = tokens.Count;
        var i = 0;
        while (i < n)
        {
            var t = tokens[i];
            var lower = t.Lower;
            var next = i + 1 < n && tokens[i + 1].IsWord && !blocked[i + 1] ? tokens[i + 1].Lower : null;

            // The form read once in every table of event words.
            var form = t.IsWord ? _words.Read(lower) : null;

            // "according to" reports a source, like "said".
            if (next is not null && EventWords.IsReportingPhrase(form, next) && !blocked[i])
            {
                found.Add(new DetectedMention(t.Start, tokens[i + 1].End, new EventWord(lower + " " + next, false, -1, null, null), true));
                i += 2;
                continue;
            }

            // "the Academy Awards", "the Oscars", "the Harlow Marathon": a capitalized name of an event inside a sentence.
            if (!titleCase && NamesAnEvent(text, tokens, i, form, blocked))
            {
                found.Add(new DetectedMention(t.Start, t.End, new EventWord(lower, true, -1, null, null), false));
                i++;
                continue;
            }

            if (!Candidate(text, tokens, i, form, blocked, titleCase))
            {
                i++;
                continue;
            }

            // The word read as a verb once, for the two-word verbs and for itself.
            var hasVerb = _words.TryVerb(form, lower, out var lemma, out var verb);

            // The lemma read once for its lists and phrases (the form itself when it is the lemma).
            var lemmaForm = lemma is null ? null : string.Equals(lemma, lower, StringComparison.Ordinal) ? form : _words.Read(lemma);

            // Two-word verbs first: "opened fire", "took office", "checked into", "broke out".
            if (next is not null && lemma is not null && _words.TryPhraseOfLemma(lemma, lemmaForm, next, out var phrase))
            {
                found.Add(new DetectedMention(t.Start, tokens[i + 1].End, phrase, _words.IsReporting(phrase.Lemma)));
                i += 2;
                continue;
            }

            // A two-word event noun ("car bomb", "fire sale") is one mention; a compound that names a thing or a kind
            // ("strike zone", "fire truck") is none, and its first word is no mention of its own.
            if (next is not null && _words.TryNounPhrase(form, lower, next, out var compound) && !VerbCues.Contains(Previous(tokens, i)))
            {
                found.Add(new DetectedMention(t.Start, tokens[i + 1].End, compound, false));
                i += 2;
                continue;
            }

            if (next is not null && _words.IsCompound(form, lower, next))
            {
                i += 2;
                continue;
            }

            var hasNoun = _words.TryNoun(form, lower, out var noun);
            if (!hasVerb && !hasNoun)
            {
                if (EventWords.TryEventAdjective(form, out var adjective))
                {
                    found.Add(new DetectedMention(t.Start, t.End, adjective, false));
                }

                i++;
                continue;
            }

            var asNoun = hasNoun && (!hasVerb || ReadsAsNoun(tokens, i, lower));

            // After a determiner or an adjective a bare form is a noun, and a noun that names no happening is no mention: "the first time".
            if (!asNoun && NounCues.Contains(Previous(tokens, i)) && string.Equals(lower, verb.Lemma, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            // News does not open a sentence with a bare verb: "Police said …", "Fire crews …" are nouns or names.
            if (!asNoun && i == 0 && !titleCase && string.Equals(lower, verb.Lemma, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            if (!asNoun)
            {
                // "made an offer", "held talks", "carried out a raid": the noun says what happened.
                if (EventWords.IsLightVerb(lemmaForm))
                {
                    if (TryLightObject(text, tokens, i, blocked, out var last, out var objectNoun))
                    {
                        found.Add(new DetectedMention(t.Start, tokens[last].End, objectNoun, false));
                        i = last + 1;
                        continue;
                    }
                }

                found.Add(new DetectedMention(t.Start, t.End, verb, EventWords.IsReporting(lemmaForm)));
                i++;
                continue;
            }

            // A noun that modifies the noun after it names a kind, not a happening, unless the pair is a known event.
            found.Add(new DetectedMention(t.Start, t.End, noun, false));
            i++;
        }
    }

    private static bool Candidate(string text, List<Token> tokens, int i, EventWords.WordForm? form, ReadOnlySpan<bool> blocked, bool titleCase)
    {
        var t = tokens[i];
        if (!t.IsWord || t.Lower.Length < 2 || EventWords.IsNotEvent(form) || !char.IsLetter(t.Lower[0]) || blocked[i])
        {
            return false;
        }

        // Inside a sentence a capitalized word is a name ("Fire Department", "Strike Force"); all capitals is an acronym.
        if (char.IsUpper(text[t.Start]) && !titleCase && i > 0 && tokens[i - 1].IsWord)
        {
            return false;
        }

        return titleCase || t.End - t.Start < 2 || !char.IsUpper(text[t.Start + 1]);
    }

    // A capitalized head of an event's name after "the", a possessive or another capitalized word, not opening the sentence.
    private static bool NamesAnEvent(string text, List<Token> tokens, int i, EventWords.WordForm? form, ReadOnlySpan<bool> blocked)
    {
        var t = tokens[i];
        if (i == 0 || !t.IsWord || blocked[i] || !char.IsUpper(text[t.Start]) || !EventWords.IsNamedEventHead(form))
        {
            return false;
        }

        var before = tokens[i - 1];
        return before.Lower is "the" or "'s" || (before.IsWord && char.IsUpper(text[before.Start]));
    }

    private static string Previous(List<Token> tokens, int i) => i > 0 ? tokens[i - 1].Lower : string.Empty;

    /// <summary>Decides whether a form that is both an event verb and an event noun ("attack", "fire", "shooting") is a noun here.</summary>
    private static bool ReadsAsNoun(List<Token> tokens, int i, string lower)
    {
        var previous = Previous(tokens, i);
        if (NounCues.Contains(previous) || (previous.Length > 0 && char.IsAsciiDigit(previous[0])))
        {
            return true;
        }

        if (VerbCues.Contains(previous) || previous.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        // At the start of a sentence or clause a bare form names the event ("Fire broke out", "Talks resumed").
        return true;
    }

    // A light verb's object: an optional determiner and at most one modifier, then an event noun.
    private bool TryLightObject(string text, List<Token> tokens, int verb, ReadOnlySpan<bool> blocked, out int last, out EventWord word)
    {
        last = -1;
        word = null!;
        var k = verb + 1;
        if (k < tokens.Count && Determiners.Contains(tokens[k].Lower))
        {
            k++;
        }

        for (var end = Math.Min(tokens.Count - 1, k + 1); k <= end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || blocked[k] || char.IsUpper(text[t.Start]))
            {
                return false;
            }

            if (_words.TryNoun(t.Lower, out word))
            {
                last = k;
                return true;
            }
        }

        return false;
    }
}
