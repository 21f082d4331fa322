using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace NewsEvents.Claims;

/// <summary>Who found a body: the story phase's finder slot.</summary>
internal sealed partial class StoryRun
{
    /// <summary>The subject head of who found a body ("finder=responders", "finder=private").</summary>
    public const string FinderSlot = "finder";

    // Words that open a clause: the subject of a finding verb starts after the last of them.
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        ",", ";", ":", "(", "--", "\u2014", "\u2013", "after", "when", "before", "as", "that", "until", "once", "while", "because", "and",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words between the subject and the verb that belong to neither ("the son later found the bodies").
    private static readonly FrozenSet<string> FinderAdverbs = new[]
    {
        "later", "then", "also", "first", "eventually", "reportedly", "allegedly", "apparently", "finally", "yesterday", "today", "initially",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FinderPronouns = new[]
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "someone", "somebody", "one", "this",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "the landlord's son found the bodies", "after police found the bodies of two women", "The son entered the apartment
    // and found the bodies", "the bodies … were found by police and firefighters": who found a body, as written. The subject
    // carries whether the finders answer a call (police, firefighters) or are private people, the distinction outlets
    // dispute; two private people ("the man", "the landlord's son") may be one person and never dispute.
    private void FillFinders(int index)
    {
        var tokens = _tokens[index];
        var classes = _words[index];
        for (var v = 1; v < tokens.Count; v++)
        {
            if (!classes.Is(v, StoryWordClass.FinderVerb))
            {
                continue;
            }

            var finder = Is(tokens, v + 1, "by") ? PassiveFinder(index, tokens, v) : ActiveFinder(tokens, v);
            if (finder is not { } f)
            {
                continue;
            }

            var words = Enumerable.Range(f.First, f.Last - f.First + 1).Select(k => tokens[k].Lower).ToList();
            var side = words.Any(_lex.ResponderNouns.Contains) ? ResponderGroup : "private";
            AddSlot(ClaimProperty.Agent, new TextValue(_text[tokens[f.First].Start..tokens[f.Last].End]),
                FinderSlot + ExclusiveMark + side, index, f.First, f.Last);
        }
    }

    // "X found the bodies": a body within a few words after the verb, and the subject of the verb's clause before it.
    private (int First, int Last)? ActiveFinder(List<Token> tokens, int v)
    {
        var found = false;
        for (var k = v + 1; k < tokens.Count && k <= v + 4 && (tokens[k].IsWord || tokens[k].Lower == "'s"); k++)
        {
            if (_lex.FinderObjects.Contains(tokens[k].Lower))
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            return null;
        }

        int first, last;
        if (Is(tokens, v - 1, "and"))
        {
            // "The son entered the apartment and found the bodies": the subject of the first verb of the coordination.
            first = FinderClauseStart(tokens, v - 2);
            last = first;
            while (last + 1 < v - 1 && IsNounPhraseWord(tokens, last + 1))
            {
                last++;
            }
        }
        else
        {
            last = v - 1;
            while (last >= 0 && tokens[last].IsWord && FinderAdverbs.Contains(tokens[last].Lower))
            {
                last--;
            }

            first = FinderClauseStart(tokens, last);
        }

        return ValidFinder(tokens, first, last);
    }

    // "were found by police and firefighters yesterday": a body before the passive verb, the finders after "by".
    private (int First, int Last)? PassiveFinder(int index, List<Token> tokens, int v)
    {
        if (v < 2 || !(tokens[v - 1].Lower is "was" or "were" or "been" or "be" or "being") ||
            !tokens.Skip(Math.Max(0, v - 40)).Take(Math.Min(v, 40)).Any(t => _lex.FinderObjects.Contains(t.Lower)))
        {
            return null;
        }

        var first = v + 2;
        var last = first - 1;
        for (var k = first; k < tokens.Count && k < first + 6 && IsNounPhraseWord(tokens, k) && !InsideTime(index, tokens[k]); k++)
        {
            // "police and firefighters": "and" joins finders only when a person noun follows it.
            if (tokens[k].Lower == "and" && !(k + 1 < tokens.Count && (_lex.ResponderNouns.Contains(tokens[k + 1].Lower) || _lex.PersonNouns.Contains(tokens[k + 1].Lower))))
            {
                break;
            }

            last = k;
        }

        return ValidFinder(tokens, first, last);
    }

    // The start of the clause that ends at a token: after the last clause opener or verb of saying before it.
    private int FinderClauseStart(List<Token> tokens, int end)
    {
        // At most 12 tokens back: a finder is a short phrase, and a long run without a clause opener costs no more.
        var k = end;
        while (k >= 0 && end - k < 12 && !ClauseOpeners.Contains(tokens[k].Lower) && !(tokens[k].IsWord && SpeechLemmas.Contains(_lex.Lemma(tokens[k].Lower))))
        {
            k--;
        }

        return k + 1;
    }

    // A word of a plain noun phrase: determiners, possessives, nouns, "and"; not a verb form, a pronoun of a clause or a preposition.
    private bool IsNounPhraseWord(List<Token> tokens, int k)
    {
        var t = tokens[k];
        if (t.Lower == "'s")
        {
            return true;
        }

        if (!t.IsWord || t.Lower is "who" or "which" or "that" or "in" or "on" or "at" or "inside" or "near" or "after" or "when" or "while" or "as" or "with" or "from" or "to")
        {
            return false;
        }

        var lemma = _lex.Lemma(t.Lower);
        return lemma == t.Lower || !(t.Lower.EndsWith("ed", StringComparison.Ordinal) || _lex.FinderVerbs.Contains(lemma));
    }

    // A finder is a short noun phrase headed by a noun, not a pronoun and not the body itself.
    private (int First, int Last)? ValidFinder(List<Token> tokens, int first, int last)
    {
        if (first < 0 || last < first || last - first > 5)
        {
            return null;
        }

        for (var k = first; k <= last; k++)
        {
            if (!IsNounPhraseWord(tokens, k) || _lex.FinderObjects.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        var head = tokens[last].Lower;
        return FinderPronouns.Contains(head) || head is "'s" or "and" or "the" or "a" or "an" || IsDigitToken(tokens, last) ? null : (first, last);
    }
}
