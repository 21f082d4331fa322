using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsEvents.Internal;
using NodaTime;

namespace NewsEvents.Claims;

/// <summary>
/// The story phase of claim extraction: it types an article's story event by the frame its headline and lead evoke, and
/// fills that event's slots from the whole article — casualty counts, ages, times of day, dates of the story's parts,
/// measured figures, counted things and the spelling of every named person — each slot claim with the exact text of its
/// value and its sentence as evidence. Sentences about earlier or other occurrences (background) fill slots of their own
/// subject ("past:…"), so they never lend values to the story. Stateless; one instance serves many threads.
/// </summary>
internal sealed class StoryExtractor
{
    public const string StoryEventId = "story";

    private readonly FrameLexicon _lexicon;
    // The classes of the lexicon's words, built once and shared by every run (read only).
    private readonly Internal.SpanMap<StoryWordClass> _wordClasses;

    public StoryExtractor(FrameLexicon lexicon)
    {
        _lexicon = lexicon;
        _wordClasses = StoryRun.WordClassesOf(lexicon);
    }

    public (Event Story, ImmutableArray<Claim> Claims) Extract(Article article, ImmutableArray<TemporalMention> temporal,
        ImmutableArray<QuantityMention> quantities, ImmutableArray<(int Offset, int Length, string Id)> places = default, SentenceTokens? tokens = null) =>
        new StoryRun(_lexicon, _wordClasses, article, temporal, quantities, places.IsDefault ? [] : places, tokens ?? new SentenceTokens(article)).Run();
}

/// <summary>A person or place name as written in one sentence: token range, the words, and whether it names a place.</summary>
internal sealed record NameMention(int Sentence, int First, int Last, string Written, bool IsPlace)
{
    public string Surname => Written[(Written.LastIndexOf(' ') + 1)..];
}

/// <summary>One article's pass of the story phase. Not shared: one run per article.</summary>
internal sealed partial class StoryRun
{
    private const int MaxSentenceTokens = 400;
    private const int LeadSentences = 3;
    private const int CueWindow = 8;

    private static readonly HashSet<string> NounPhraseStops = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "at", "and", "or", "were", "was", "are", "is", "who", "that", "which", "to", "from", "with", "by", "for", "as",
        "had", "have", "has", "been", "be", "but", "when", "after", "before", "than", "into", "inside", "near", "during", "while", "the",
        "a", "an", "his", "her", "their", "its", "said", "say", "says", "each", "per", "more", "less", "fewer", "other",
        "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "this", "these", "those", "there", "then",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "his", "her", "him" };

    private readonly FrameLexicon _lex;
    private readonly Article _article;
    private readonly string _text;
    private readonly SentenceTokens _sentenceTokens;
    private readonly List<List<Token>> _tokens = [];
    // The word classes of each sentence's tokens, looked up once for all passes.
    private readonly List<StorySentenceWords> _words = [];
    private readonly Internal.SpanMap<StoryWordClass> _wordClasses;
    private readonly List<(bool Whole, List<int> Markers)> _background = [];
    private readonly List<NameMention> _names = [];
    // The token indices of the name words FindNames is reading (up to four and a place suffix), one list for the run.
    private readonly List<int> _nameWords = new(5);
    // The spans of one sentence that figures of other slots took, and those of counts of a series (cleared per sentence).
    private readonly List<(int First, int Last)> _claimedSpans = [];
    private readonly List<(int First, int Last)> _seriesSpans = [];
    // The frame triggers of each sentence, matched on first use (TriggersAt).
    private readonly List<(int Index, int Length, FrameTrigger Trigger)>?[] _triggersAt;
    private readonly List<List<NameMention>> _namesAt = [];
    // How many more title-case lines this article may have whose names are looked for elsewhere in it.
    private int _titleLinesLeft = 20;
    private readonly Dictionary<string, string?> _surnames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TemporalMention>[] _temporalAt;
    private readonly Func<Token, bool> _isCapitalized;
    private readonly List<QuantityMention>[] _quantitiesAt;
    private readonly List<Claim> _claims = [];
    private readonly HashSet<(ClaimProperty, string?, string)> _seen = [];
    // The text spans of the gazetteer's places (no demonyms), from start to end offset.
    private readonly HashSet<(int Start, int End)> _placeSpans;
    // Demonym mentions by their span ("Somali" → "somalia").
    private readonly Dictionary<(int Start, int End), string> _demonyms;
    private FrameDefinition? _frame;

    public StoryRun(FrameLexicon lexicon, Internal.SpanMap<StoryWordClass> wordClasses, Article article, ImmutableArray<TemporalMention> temporal, ImmutableArray<QuantityMention> quantities,
        ImmutableArray<(int Offset, int Length, string Id)> places, SentenceTokens sentenceTokens)
    {
        _sentenceTokens = sentenceTokens;
        _demonyms = [];
        _placeSpans = new HashSet<(int Start, int End)>(places.Length);
        foreach (var p in places)
        {
            if (p.Id.StartsWith(DemonymPrefix, StringComparison.Ordinal))
            {
                _demonyms.TryAdd((p.Offset, p.Offset + p.Length), p.Id[DemonymPrefix.Length..]);
            }
            else
            {
                _placeSpans.Add((p.Offset, p.Offset + p.Length));
            }
        }
        _lex = lexicon;
        _wordClasses = wordClasses;
        _isCapitalized = IsCapitalized;
        _article = article;
        _text = article.Text;
        var sentences = article.Sentences;
        _temporalAt = SentenceLookup.Bucket(sentences.Length, i => sentences[i], temporal.IsDefault ? [] : temporal, m => m.Offset);
        _triggersAt = new List<(int Index, int Length, FrameTrigger Trigger)>?[sentences.Length];
        _quantitiesAt = SentenceLookup.Bucket(sentences.Length, i => sentences[i], quantities.IsDefault ? [] : quantities, q => q.Offset);
    }

    public (Event Story, ImmutableArray<Claim> Claims) Run()
    {
        // One entry per sentence in each of these: sized once.
        _tokens.Capacity = _sentenceTokens.Count;
        _words.Capacity = _sentenceTokens.Count;
        _background.Capacity = _sentenceTokens.Count;
        _namesAt.Capacity = _sentenceTokens.Count;
        for (var s = 0; s < _sentenceTokens.Count; s++)
        {
            var tokens = _sentenceTokens[s];
            _tokens.Add(tokens.Count > MaxSentenceTokens ? [] : tokens);
            _words.Add(ClassifyWords(_tokens[s]));
        }

        _frame = ChooseFrame();
        for (var i = 0; i < _tokens.Count; i++)
        {
            _background.Add(IsBackground(i));
            _namesAt.Add([]);
            FindNames(i);
        }

        foreach (var n in _names.Where(n => !n.IsPlace))
        {
            // A surname two different full names end in is ambiguous (null).
            _surnames[n.Surname] = !_surnames.TryGetValue(n.Surname, out var known) || known == n.Written ? n.Written : null;
        }

        EmitNames();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].Count == 0)
            {
                continue;
            }

            // A pass whose patterns all start at a word of some class skips a sentence without one (the same claims, fewer passes).
            var words = _words[i];
            var integers = words.Any(StoryWordClass.SmallInteger);
            // The token spans figures of other slots took (times, ages, pairs), and of a count of a series (one more
            // casualty, streaks), which no ordinal reads either; both lists serve every sentence in turn.
            var claimed = _claimedSpans;
            var series = _seriesSpans;
            claimed.Clear();
            series.Clear();
            if (integers)
            {
                FillAges(i, claimed);
                FillGroupAges(i, claimed);
            }

            if (words.Any(StoryWordClass.DigitStart | StoryWordClass.ClockWord))
            {
                FillTimes(i, claimed);
            }

            FillDates(i);
            FillOneMoreCasualty(i, series);
            if (words.Any(StoryWordClass.StreakWord))
            {
                FillStreaks(i, series);
            }

            FillCoordinatedOnes(i, claimed);
            claimed.AddRange(series);
            FillQuantities(i, claimed);
            if (words.Any(StoryWordClass.DetailCueStart | StoryWordClass.DetailHead))
            {
                FillDetails(i);
            }

            if (words.Any(StoryWordClass.OrdinalWord | StoryWordClass.OrdinalDigits))
            {
                FillOrdinals(i, series);
            }

            if (integers)
            {
                FillRecords(i);
            }

            if (words.Any(StoryWordClass.TitleNoun))
            {
                FillTitles(i);
            }

            if (words.Any(StoryWordClass.StreetType))
            {
                FillAddresses(i);
                FillCrossStreets(i);
            }

            if (words.Any(StoryWordClass.Bearing))
            {
                FillBearings(i);
            }

            if (words.Any(StoryWordClass.FinderVerb))
            {
                FillFinders(i);
            }

            FillCourts(i);
        }

        var label = string.IsNullOrWhiteSpace(_article.Title) ? null : Truncate(_article.Title!.Trim(), 100);
        var story = new Event(StoryExtractor.StoryEventId, _frame?.Type ?? EventType.Other, articles: [_article.Id], label: label,
            frame: _frame?.Name, isStory: true);
        return (story, [.. _claims]);
    }

    // ---- frame of the story -------------------------------------------------------------------------------------------

    private FrameDefinition? ChooseFrame()
    {
        var scores = new Dictionary<FrameDefinition, (int Score, int First)>();
        var nounsSeen = new HashSet<FrameDefinition>();
        var position = 0;
        void Scan(List<Token> tokens, int weight, bool count)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!_lex.TryMatchTrigger(tokens, i, _isCapitalized, out var length, out var trigger))
                {
                    continue;
                }

                if (trigger.IsNoun)
                {
                    nounsSeen.Add(trigger.Frame);
                }

                if (count && (trigger.IsNoun || !trigger.Frame.VerbsNeedNoun || nounsSeen.Contains(trigger.Frame)))
                {
                    var (score, first) = scores.GetValueOrDefault(trigger.Frame, (0, int.MaxValue));
                    scores[trigger.Frame] = (score + weight, Math.Min(first, position));
                }

                position++;
                i += length - 1;
            }
        }

        var title = _article.Title is { Length: > 0 } t ? ClaimTokenizer.Tokenize(t, 0, Math.Min(t.Length, 1000)) : [];
        var lead = _tokens.Take(LeadSentences).ToList();

        // Nouns first (a verb like "strike" types the story only when its frame's noun is there too), then the weights.
        Scan(title, 0, count: false);
        lead.ForEach(s => Scan(s, 0, count: false));
        position = 0;
        Scan(title, 3, count: true);
        for (var i = 0; i < lead.Count; i++)
        {
            Scan(lead[i], i == 0 ? 2 : 1, count: true);
        }

        return scores.Count == 0
            ? null
            : scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.First).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal).First().Key;
    }

    // ---- story vs background --------------------------------------------------------------------------------------------

    // A sentence is background when a marker says so ("previous", "last year", "the deadliest since") or when it carries an
    // explicit year or date more than two months before the article's reference date.
    private (bool Whole, List<int> Markers) IsBackground(int index)
    {
        var tokens = _tokens[index];
        var words = _words[index];
        var markers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "came one week after he managed 10 yards on nine carries": a clause a span of time before the story's own act.
            if (i > 2 && words.Is(i, StoryWordClass.SpanOfTime) &&
                Is(tokens, i + 1, "after") && i + 2 < tokens.Count && Pronouns.Contains(tokens[i + 2].Lower))
            {
                markers.Add(i);
                continue;
            }

            if (words.Is(i, StoryWordClass.BackgroundMarkerStart) && _lex.BackgroundMarkers.TryMatch(tokens, i, out var length, out _))
            {
                // "Last year, …" or "In the past, …" at the head of the sentence speaks for all of it.
                if (i <= 2)
                {
                    return (true, markers);
                }

                markers.Add(i);
                i += length - 1;
            }
        }

        // "In January, …", "In 2006, …": in an article whose own date is unknown, a sentence that opens on a month or a year
        // sets its scene in another period than the story's day ("on Friday"). With the date known, the dates decide below.
        if (tokens.Count > 0 && _article.ReferenceDate.Date is null)
        {
            var head = tokens[Math.Min(2, tokens.Count - 1)].End;
            if (OpensOnPeriod(index, head))
            {
                return (true, markers);
            }
        }

        if (_article.ReferenceDate.Date is not { } reference)
        {
            return (false, markers);
        }

        // An era ("the 1950s pin-up queen") in a sentence that also dates something to the story's days ("passed away
        // Thursday, December 11") describes someone; it does not set the sentence in the past.
        var storyDay = DatesStoryDay(index, reference);
        foreach (var m in _temporalAt[index])
        {
            if (storyDay && m.Granularity == TemporalGranularity.Decade)
            {
                continue;
            }

            // A month the tagger put in the reference year ("In January, …" in a December article) is as old as written.
            var month = m.Granularity == TemporalGranularity.Month;
            if ((m.YearInferred && !month) || m.End is not { } end ||
                m.Kind is TemporalMentionKind.Duration or TemporalMentionKind.Set)
            {
                continue;
            }

            if (end < reference.PlusDays(-62) && (HasDigits(m.Text) || month))
            {
                return (true, markers);
            }
        }

        return (false, markers);
    }

    // A month, a year or a part of a month ("early January") dated before a sentence's head offset, not "this …".
    private bool OpensOnPeriod(int index, int head)
    {
        foreach (var m in _temporalAt[index])
        {
            if (m.Offset < head && m.Kind is TemporalMentionKind.Date &&
                (m.Granularity is TemporalGranularity.Month or TemporalGranularity.Year || IsPartOfMonth(m.Text)) &&
                !m.Text.Contains("this", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a sentence dates something to a day within two months of the reference date (the story's days).
    private bool DatesStoryDay(int index, LocalDate reference)
    {
        foreach (var m in _temporalAt[index])
        {
            if (m.Kind == TemporalMentionKind.Date && m.Granularity == TemporalGranularity.Day &&
                m.Start is { } day && day >= reference.PlusDays(-62) && day <= reference.PlusDays(62))
            {
                return true;
            }
        }

        return false;
    }

    // ---- names ----------------------------------------------------------------------------------------------------------

    // Capitalized runs of two to four words that are not function words, months or institution words name people; a run
    // followed by a street word names a place. Titles ("Deputy", "Judge") are skipped in front of a name.
    private void FindNames(int index)
    {
        var tokens = _tokens[index];
        var classes = _words[index];
        // A headline in title case ("Rams Clinch Playoff Spot", "Marek Cruises Again") capitalizes every word, so a run
        // of capitals there names someone only when the article writes the same name again outside it. A line of a sentence
        // is in title case when four in five of its words (three or more) are capitalized.
        var lineOf = LinesOf(tokens);
        var titleLines = TitleCaseLines(tokens, lineOf);
        // The token indices of a run's name words, reused from run to run: a word's string is made only for a name.
        var words = _nameWords;
        var i = 0;
        while (i < tokens.Count)
        {
            if (PlacePrefixAt(tokens, classes, i) is { } after)
            {
                i = PlaceAfterPrefix(index, i, after);
                continue;
            }

            if (!IsNameWord(tokens, classes, i))
            {
                i++;
                continue;
            }

            var j = i;
            words.Clear();
            while (j < tokens.Count && words.Count < 4)
            {
                if (IsNameWord(tokens, classes, j))
                {
                    words.Add(j);
                    j++;
                }
                else if (j + 1 < tokens.Count && tokens[j].Lower == "." && words.Count > 0 && tokens[j - 1].End - tokens[j - 1].Start == 1 &&
                         IsNameWord(tokens, classes, j + 1))
                {
                    j++; // a middle initial: "John F. Smith"
                }
                else if (words.Count > 0 && j + 3 < tokens.Count && tokens[j].Lower is "\"" or "\u201C" or "(" && IsNameWord(tokens, classes, j + 1) &&
                         tokens[j + 2].Lower is "\"" or "\u201D" or ")" && IsNameWord(tokens, classes, j + 3))
                {
                    // A familiar name quoted or in brackets between the given names and the surname: 'Luis Gerardo "Jerry"
                    // Tolland', 'Luis Miguel (Jerry) Tolland' is known as Jerry Tolland, as other outlets write him.
                    words.Clear();
                    words.Add(j + 1);
                    j += 3;
                }
                else
                {
                    break;
                }
            }

            var isPlace = j < tokens.Count && tokens[j].IsWord && IsCapitalized(tokens[j]) && classes.Is(j, StoryWordClass.PlaceSuffix);
            if (isPlace)
            {
                words.Add(j);
                j++;
            }

            // "in Willow Gardens", "at Lakeside Stadium", "near the Harlow Glacier": a name after a locative preposition
            // (articles and one adjective may stand between) names a place; so does a name the gazetteer knows as one.
            isPlace = isPlace || AfterLocative(tokens, i) || IsGazetteerPlace(tokens[i].Start, tokens[j - 1].End);
            // One word is a place when the gazetteer knows it, or right after "in"/"near"/"outside" when the clause goes on
            // with a comma, ends, or goes on with the time ("in Dortmund, Germany", "near Brenn.", "in Tonleyham on Monday",
            // "in Fordwick last week"), and it is neither a date word nor a demonym ("in English on Monday").
            var loneAfterLocative = words.Count == 1 && i >= 1 && tokens[i - 1].Lower is "in" or "near" or "outside" &&
                                    (j >= tokens.Count || tokens[j].Lower is "," or "." or ";" || TimeFollows(index, tokens, j)) &&
                                    !InsideTime(index, tokens[i]) && !_demonyms.ContainsKey((tokens[i].Start, tokens[i].End)) &&
                                    !_lex.Languages.Contains(tokens[i].Lower);
            if (words.Count == 1 && (loneAfterLocative || IsGazetteerPlace(tokens[i].Start, tokens[i].End)) && !classes.Is(i, StoryWordClass.NameStop))
            {
                _names.Add(new NameMention(index, i, i, Word(tokens[words[0]]), IsPlace: true));
                _namesAt[index].Add(_names[^1]);
                i = j;
                continue;
            }

            // Not the first word of a multi-word name: a run that goes on into another capitalized word we rejected.
            var followedByOrgWord = !isPlace && j < tokens.Count && tokens[j].IsWord && IsCapitalized(tokens[j]) &&
                                    classes.Is(j, StoryWordClass.NameStop);
            var precededByOrgWord = i > 0 && tokens[i - 1].IsWord && IsCapitalized(tokens[i - 1]) &&
                                    classes.Is(i - 1, StoryWordClass.NameStop) && !classes.Is(i - 1, StoryWordClass.Title) && i - 1 > 0;
            // Two words but initials make a name (joined, initials left out, it has a space).
            if (LongNameWords(tokens, words) >= 2 && !followedByOrgWord && !precededByOrgWord && InitialsCapitalized(tokens, words))
            {
                var written = JoinNameWords(tokens, words);
                if (titleLines is null || !titleLines[lineOf?[i] ?? 0] || WrittenElsewhere(written, _article.Sentences[index]))
                {
                    _names.Add(new NameMention(index, i, j - 1, written, isPlace));
                    _namesAt[index].Add(_names[^1]);
                }
            }

            i = Math.Max(j, i + 1);
        }
    }

    // The words of a name but its initials, joined by spaces ("John F. Smith" → "John Smith"), with one allocation.
    private string JoinNameWords(List<Token> tokens, List<int> words)
    {
        var length = -1;
        foreach (var w in words)
        {
            var wordLength = tokens[w].End - tokens[w].Start;
            length += wordLength > 1 ? wordLength + 1 : 0;
        }

        return length <= 0 ? string.Empty : string.Create(length, (_text, tokens, words), static (span, state) =>
        {
            var (text, tokens, words) = state;
            var n = 0;
            foreach (var w in words)
            {
                var word = text.AsSpan(tokens[w].Start, tokens[w].End - tokens[w].Start);
                if (word.Length <= 1)
                {
                    continue;
                }

                if (n > 0)
                {
                    span[n++] = ' ';
                }

                word.CopyTo(span[n..]);
                n += word.Length;
            }
        });
    }

    // How many of a run's name words are longer than an initial.
    private static int LongNameWords(List<Token> tokens, List<int> words)
    {
        var count = 0;
        foreach (var w in words)
        {
            count += tokens[w].End - tokens[w].Start > 1 ? 1 : 0;
        }

        return count;
    }

    // Whether every one-letter word of a run is a capital (an initial, not "a").
    private bool InitialsCapitalized(List<Token> tokens, List<int> words)
    {
        foreach (var w in words)
        {
            if (tokens[w].End - tokens[w].Start <= 1 && !char.IsUpper(_text[tokens[w].Start]))
            {
                return false;
            }
        }

        return true;
    }

    // The line of its sentence each token is on (a headline and its dateline can be one sentence), in one pass; null when
    // the sentence is one line (every token on line 0).
    private int[]? LinesOf(List<Token> tokens)
    {
        if (tokens.Count == 0 || !_text.AsSpan(tokens[0].Start, tokens[^1].End - tokens[0].Start).Contains('\n'))
        {
            return null;
        }

        var lines = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
        {
            lines[i] = lines[i - 1] + _text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Count('\n');
        }

        return lines;
    }

    // Lines in title case: three to forty words (a headline, not a shouted paragraph), four in five capitalized. Only the
    // article's first few such lines count, so searching the article for their names stays linear in its length. Returns
    // whether each line is in title case, or null when none is.
    private bool[]? TitleCaseLines(List<Token> tokens, int[]? lineOf)
    {
        if (_titleLinesLeft <= 0 || tokens.Count == 0)
        {
            return null;
        }

        var lineCount = lineOf is null ? 1 : lineOf[^1] + 1;
        // Most sentences are one line: their counts live on the stack.
        Span<int> words = lineCount <= 16 ? stackalloc int[lineCount] : new int[lineCount];
        Span<int> capitalized = lineCount <= 16 ? stackalloc int[lineCount] : new int[lineCount];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && char.IsLetter(_text[tokens[i].Start]))
            {
                var line = lineOf?[i] ?? 0;
                words[line]++;
                capitalized[line] += IsCapitalized(tokens[i]) ? 1 : 0;
            }
        }

        bool[]? title = null;
        for (var line = 0; line < lineCount; line++)
        {
            if (words[line] is >= 3 and <= 40 && capitalized[line] * 5 >= words[line] * 4 && _titleLinesLeft > 0)
            {
                title ??= new bool[lineCount];
                title[line] = true;
                _titleLinesLeft--;
            }
        }

        return title;
    }

    private bool WrittenElsewhere(string written, Sentence sentence)
    {
        for (var at = _text.IndexOf(written, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(written, at + 1, StringComparison.Ordinal))
        {
            if (at < sentence.Offset || at >= sentence.Offset + sentence.Text.Length)
            {
                return true;
            }
        }

        return false;
    }

    // "Mount Carrow", "Mt. Ardent", "Lake Tahoe": a capitalized place prefix followed by a name word; returns the index of
    // that word, or null.
    private int? PlacePrefixAt(List<Token> tokens, StorySentenceWords classes, int i)
    {
        if (!tokens[i].IsWord || !IsCapitalized(tokens[i]) || !classes.Is(i, StoryWordClass.PlacePrefix))
        {
            return null;
        }

        var next = Is(tokens, i + 1, ".") && tokens[i + 1].Start == tokens[i].End ? i + 2 : i + 1;
        return next < tokens.Count && IsNameWord(tokens, classes, next) ? next : null;
    }

    // The place a prefix opens, with up to three name words and a place suffix ("Mount Carrow Bivvy", "Mount Ardent National
    // Park"); the prefix is written out ("Mt" → "Mount") so outlets' spellings meet. Returns the index after the name.
    private int PlaceAfterPrefix(int index, int first, int next)
    {
        var tokens = _tokens[index];
        var classes = _words[index];
        var prefix = tokens[first].Lower is "mt" ? "Mount" : Word(tokens[first]);
        var words = new List<string> { prefix };
        var j = next;
        while (j < tokens.Count && words.Count < 4 && (IsNameWord(tokens, classes, j) ||
               tokens[j].IsWord && IsCapitalized(tokens[j]) && classes.Is(j, StoryWordClass.PlaceSuffix)))
        {
            words.Add(Word(tokens[j]));
            j++;
        }

        _names.Add(new NameMention(index, first, j - 1, string.Join(' ', words), IsPlace: true));
        _namesAt[index].Add(_names[^1]);
        return j;
    }

    private static bool AfterLocative(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var w = tokens[k].Lower;
            if (w is "in" or "at" or "near" or "outside" or "inside" or "off" or "across" or "into")
            {
                return true;
            }

            if (w is not ("a" or "an" or "the" or "downtown" or "northern" or "southern" or "eastern" or "western" or "central"))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsDemonym(Token t) => DemonymCountry(t) is not null;

    // The country a demonym names ("Somali", "Somalian" → "somalia"), or null.
    private string? DemonymCountry(Token t) => _demonyms.GetValueOrDefault((t.Start, t.End));

    /// <summary>The subject head of the nationalities of a counted group ("nationality/pirate=somalia yemen").</summary>
    public const string NationalitySlot = "nationality";

    // "23 Somali and Yemeni pirates", "12 Somali and 11 Yemeni nationals", "23 Somalian pirates": a count, demonyms joined by
    // "and" or commas (each with its own count or not), then a plural person noun. Adds the group's nationalities as one
    // exclusive detail (the countries sorted, so any order meets) and tells whether one count covers two or more
    // nationalities, when the count is the group's and no nationality's.
    private bool GroupNationality(int index, List<Token> tokens, int first, int last)
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var numbers = 1;
        // The tagger may have read the noun as the figure's unit ("23 Somali pirates"): start after the number itself.
        var k = first + 1 <= last && DemonymCountry(tokens[first + 1]) is not null ? first + 1 : last + 1;
        while (k < tokens.Count && tokens[k].IsWord && DemonymCountry(tokens[k]) is { } country)
        {
            countries.Add(country);
            k++;
            if (k + 1 < tokens.Count && tokens[k].Lower is "and" or "," && DemonymCountry(tokens[k + 1]) is not null)
            {
                k++;
            }
            else if (k + 2 < tokens.Count && tokens[k].Lower is "and" or "," && IsDigitToken(tokens, k + 1) && DemonymCountry(tokens[k + 2]) is not null)
            {
                numbers++;
                k += 2;
            }
            else
            {
                break;
            }
        }

        if (countries.Count == 0 || k >= tokens.Count || !_lex.PersonNouns.Contains(tokens[k].Lower) || FrameLexicon.Singular(tokens[k].Lower) == tokens[k].Lower)
        {
            return false;
        }

        var value = string.Join(' ', countries);
        AddSlot(ClaimProperty.Detail, new TextValue(_text[tokens[first].Start..tokens[k].End]),
            NationalitySlot + "/" + FrameLexicon.Singular(tokens[k].Lower) + ExclusiveMark + value, index, first, k);
        return numbers == 1 && countries.Count >= 2;
    }

    /// <summary>The id prefix of a demonym mention among the places ("demonym:somalia" for "Somali").</summary>
    public const string DemonymPrefix = "demonym:";

    // Whether a gazetteer place's mention covers exactly this text span; a demonym names none.
    private bool IsGazetteerPlace(int start, int end) => _placeSpans.Contains((start, end));

    // A capitalized word of a person's name: no name stop, title, figure or shouted word. The classes are its sentence's.
    private bool IsNameWord(List<Token> tokens, StorySentenceWords classes, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || !IsCapitalized(t) || classes.Is(i, StoryWordClass.NameStop | StoryWordClass.Title) || char.IsDigit(_text[t.Start]))
        {
            return false;
        }

        // All-capital words longer than three letters are headline shouting or acronyms, not names.
        return t.End - t.Start <= 3 || _text.AsSpan(t.Start, t.End - t.Start).ContainsAnyExcept(UpperLetters);
    }

    private static readonly System.Buffers.SearchValues<char> UpperLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private void EmitNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in _names)
        {
            if (!seen.Add(n.Written))
            {
                continue;
            }

            var tokens = _tokens[n.Sentence];
            var start = tokens[n.First].Start;
            var text = _text[start..tokens[n.Last].End];
            ClaimValue value = n.IsPlace ? new PlaceValue(text, StableId.Slug(n.Written)) : new ActorValue(text, StableId.Slug(n.Written));
            Add(ClaimProperty.Name, value, n.Written, n.Sentence, n.First, n.Last);
        }
    }

    // The full name a single capitalized word refers to: the one name of the article ending in it, else none.
    private string? ResolveSurname(string word) => _surnames.GetValueOrDefault(word);

    private static readonly FrozenSet<string> SpeechLemmas =
        new[] { "say", "tell", "add", "explain", "confirm", "state", "report", "announce", "note", "estimate" }.ToFrozenSet(StringComparer.Ordinal);

    // The person nearest before a token (a full name, or a surname the article resolves), within the sentence.
    private string? PersonBefore(int sentence, int index, int window)
    {
        var tokens = _tokens[sentence];
        for (var k = index - 1; k >= 0 && k >= index - window; k--)
        {
            if (tokens[k].Lower is ";")
            {
                break;
            }

            // The one who says it is not the one it is about: "Inspector Dave Gaskin said the man fell 2,000ft".
            if (k + 1 < index && k + 1 < tokens.Count && SpeechLemmas.Contains(_lex.Lemma(tokens[k + 1].Lower)))
            {
                continue;
            }

            var name = _namesAt[sentence].FirstOrDefault(n => n.Last == k && !n.IsPlace);
            if (name is not null)
            {
                return name.Written;
            }

            if (tokens[k].IsWord && IsCapitalized(tokens[k]) && ResolveSurname(Word(tokens[k])) is { } full)
            {
                return full;
            }
        }

        return null;
    }

    // "The day after Hale's death a climber with hired gear, 29-year-old Tom Reyes of Wales, slipped and fell 300 metres":
    // a long subject puts its person far before the figure; the one person named before it in the sentence, not through a
    // possessive ("Hale's death") and not as the speaker, is the clause's subject. None when two or more remain. Only the
    // 40 tokens before the figure are read, so a long run of names and figures costs linear time.
    private string? SolePersonBefore(int sentence, int index)
    {
        var tokens = _tokens[sentence];
        var from = Math.Max(0, index - 40);
        if (tokens.Skip(from).Take(index - from).Any(t => t.Lower is ";"))
        {
            return null;
        }

        string? sole = null;
        foreach (var name in _namesAt[sentence])
        {
            if (name.IsPlace || name.Last >= index || name.First < from || Is(tokens, name.Last + 1, "'s") ||
                name.Last + 1 < tokens.Count && SpeechLemmas.Contains(_lex.Lemma(tokens[name.Last + 1].Lower)))
            {
                continue;
            }

            if (sole is not null && sole != name.Written)
            {
                return null;
            }

            sole = name.Written;
        }

        return sole;
    }

    // The person a pronoun sentence is about: the last named person of the sentences before it.
    private string? PersonOfPronoun(int sentence, int index)
    {
        var tokens = _tokens[sentence];
        if (!tokens.Take(index).Any(t => Pronouns.Contains(t.Lower)))
        {
            return null;
        }

        for (var s = sentence - 1; s >= 0 && s >= sentence - 3; s--)
        {
            var last = _namesAt[s].LastOrDefault(n => !n.IsPlace);
            if (last is not null)
            {
                return last.Written;
            }
        }

        return null;
    }

    // ---- ages -----------------------------------------------------------------------------------------------------------

    // The ages of people; the spans it took go to a list.
    private void FillAges(int index, List<(int First, int Last)> spans)
    {
        var tokens = _tokens[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsSmallInteger(tokens[i], 1, 119, out var age))
            {
                FillAge(index, tokens, i, age, spans);
            }
        }
    }

    // One age at token i: its person, and the claim (in its own method, so the look-ups' closures cost only small integers).
    private void FillAge(int index, List<Token> tokens, int i, int age, List<(int First, int Last)> spans)
    {
        // "Died at 12:45 p.m.": a clock time, never an age.
        if (TryTime(tokens, i, out _, out _, out _))
        {
            return;
        }

        string? subject = null;
        var end = i;
        var yearOld = YearOldLength(tokens, i);
        if (yearOld > 0)
        {
            // "43-year-old Ana Lopez" or "Lopez, a 43-year-old ..."
            end = i + yearOld;
            // After it ("43-year-old Ana Lopez"), or in apposition before it ("Lopez, a 43-year-old"), never
            // through a possessive ("Tasker' 12-year-old daughter" is the daughter's age).
            var after = _namesAt[index].FirstOrDefault(n => n.First > end && n.First <= end + 3 && !n.IsPlace)?.Written ??
                        (end + 1 < tokens.Count && tokens[end + 1].IsWord && IsCapitalized(tokens[end + 1]) ? ResolveSurname(Word(tokens[end + 1])) : null);
            var apposition = i >= 2 && tokens[i - 1].Lower is "a" or "an" && tokens[i - 2].Lower == "," ? i - 2 : (i >= 1 && tokens[i - 1].Lower == "," ? i - 1 : -1);
            subject = after ?? (apposition > 0 ? PersonBefore(index, apposition, 1) : null) ?? NamedAfterComma(index, tokens, end) ??
                      TitledOwner(tokens, end);
        }
        else if (Is(tokens, i + 1, "years") && Is(tokens, i + 2, "old"))
        {
            end = i + 2;
            subject = PersonBefore(index, i, 6) ?? PersonOfPronoun(index, i);
        }
        else if (i >= 2 && tokens[i - 1].Lower is "," or "(" && !IsDigitToken(tokens, i + 1) &&
                 (i + 1 >= tokens.Count || tokens[i + 1].Lower is "," or "." or ";" or ")" or "and" or "of" or "from" or "who" or "was" or "is"))
        {
            // "Duncan Hale, 36, of Melbourne" / "Hale (36)"
            subject = _namesAt[index].FirstOrDefault(n => n.Last == i - 2 && !n.IsPlace)?.Written ??
                      (tokens[i - 2].IsWord && IsCapitalized(tokens[i - 2]) ? ResolveSurname(Word(tokens[i - 2])) : null);
            if (subject is not null && tokens[i - 1].Lower == "(" && !Is(tokens, i + 1, ")"))
            {
                subject = null;
            }
        }
        else if (i >= 1 && (tokens[i - 1].Lower == "aged" || (tokens[i - 1].Lower == "age" && i >= 2 && tokens[i - 2].Lower is "at" or ",") ||
                            (tokens[i - 1].Lower == "of" && i >= 3 && tokens[i - 2].Lower == "age") ||
                            (tokens[i - 1].Lower == "at" && i >= 2 && _lex.Lemma(tokens[i - 2].Lower) is "die")))
        {
            // "Rosa Marin, the singer whose … has died at the age of 85": the one person the sentence names.
            subject = PersonBefore(index, i, 14) ?? PersonOfPronoun(index, i) ?? NamedInSentence(index);
        }
        else if (i >= 2 && tokens[i - 1].Lower is "was" or "is" && Pronouns.Contains(tokens[i - 2].Lower) &&
                 (i + 1 >= tokens.Count || tokens[i + 1].Lower is "." or "," or ";" or "when"))
        {
            // "She was 85." — the pronoun's person from the sentences before.
            subject = PersonOfPronoun(index, i);
        }

        if (subject is null)
        {
            return;
        }

        spans.Add((i, end));
        var text = _text[tokens[i].Start..tokens[end].End];
        AddSlot(ClaimProperty.Age, new QuantityValue(text, age, age, unit: "years"), subject, index, i, end);
    }

    // "two girls age 6 and 8", "the 8- and 10-year-old girls": the ages of a group, one detail ("ages/girl=6 and 8") that
    // holds one value at a time, so "6 and 8" and "8 and 10" dispute.
    private void FillGroupAges(int index, List<(int First, int Last)> spans)
    {
        var tokens = _tokens[index];
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            int a, b, first, last;
            string? noun;
            if (_lex.PersonNouns.Contains(tokens[i].Lower) && tokens[i + 1].Lower is "age" or "aged" or "ages" &&
                IsSmallInteger(tokens[i + 2], 0, 119, out a) && Is(tokens, i + 3, "and") && i + 4 < tokens.Count && IsSmallInteger(tokens[i + 4], 0, 119, out b))
            {
                (noun, first, last) = (tokens[i].Lower, i + 2, i + 4);
            }
            else if (IsSmallInteger(tokens[i], 0, 119, out a) && GroupAgeEnd(tokens, i) is { } end && IsSmallInteger(tokens[end.Second], 0, 119, out b))
            {
                (noun, first, last) = (end.Noun, i, end.Last);
            }
            else if (IsSmallInteger(tokens[i], 0, 119, out a) && Is(tokens, i + 1, "and") && IsSmallInteger(tokens[i + 2], 0, 119, out b) &&
                     YearsOldAfter(tokens, i + 2) is > 0 and var length)
            {
                // "two women -- 68 and 48-years-old", "the women killed, who were 61 and 48 years old": the ages follow the
                // group they describe.
                (noun, first, last) = (PluralPersonNounBefore(tokens, i, 8), i, i + 2 + length);
            }
            else
            {
                continue;
            }

            if (noun is null || FrameLexicon.Singular(noun) == noun)
            {
                continue;
            }

            var value = Math.Min(a, b).ToString(CultureInfo.InvariantCulture) + " and " + Math.Max(a, b).ToString(CultureInfo.InvariantCulture);
            AddSlot(ClaimProperty.Detail, new TextValue(value),
                StorySubjects.GroupAgesSlot + "/" + FrameLexicon.Singular(noun) + ExclusiveMark + value, index, first, last);
            spans.Add((first, last));
            i = last;
        }
    }

    // "48 years old", "48-years-old", "48-year-old" after a figure: the number of tokens after it, or 0.
    private static int YearsOldAfter(List<Token> tokens, int i) =>
        YearOldLength(tokens, i) is > 0 and var length ? length
        : Is(tokens, i + 1, "years") && Is(tokens, i + 2, "old") ? 2
        : Is(tokens, i + 1, "-") && Is(tokens, i + 2, "years") && Is(tokens, i + 3, "-") && Is(tokens, i + 4, "old") ? 4
        : 0;

    // The plural person noun nearest before a token within a window, not across a sentence break or a verb of its own clause.
    private string? PluralPersonNounBefore(List<Token> tokens, int i, int window)
    {
        for (var k = i - 1; k >= 0 && k >= i - window && tokens[k].Lower is not (";" or "."); k--)
        {
            if (_lex.PersonNouns.Contains(tokens[k].Lower) && FrameLexicon.Singular(tokens[k].Lower) != tokens[k].Lower)
            {
                return tokens[k].Lower;
            }
        }

        return null;
    }

    // "8- and 10-year-old girls", "8-and 10-year-old girls": the second figure's index, the last token and the noun.
    private (int Second, int Last, string? Noun)? GroupAgeEnd(List<Token> tokens, int i)
    {
        var k = i + 1;
        if (Is(tokens, k, "-"))
        {
            k++;
        }

        if (!Is(tokens, k, "and") || k + 1 >= tokens.Count)
        {
            return null;
        }

        var second = k + 1;
        if (YearOldLength(tokens, second) != 4)
        {
            return null;
        }

        var nounAt = second + 5;
        var noun = nounAt < tokens.Count && _lex.PersonNouns.Contains(tokens[nounAt].Lower) ? tokens[nounAt].Lower : null;
        return (second, second + 4, noun);
    }

    // "The Hawks went on a 58-yard drive": a capitalized plural after "the" heading the figure's clause owns it, as a team.
    private string? TeamBefore(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 10 && tokens[k].Lower is not (";" or "." or "but" or "while" or "and"); k--)
        {
            if (tokens[k - 1].Lower == "the" && tokens[k].IsWord && IsCapitalized(tokens[k]) && tokens[k].Lower.Length > 3 &&
                tokens[k].Lower[^1] == 's' && !_lex.NameStops.Contains(tokens[k].Lower) && !(k + 1 < tokens.Count && tokens[k + 1].IsWord && IsCapitalized(tokens[k + 1])))
            {
                return Word(tokens[k]);
            }
        }

        return null;
    }

    // A counted plural ("nine NFL quarterbacks") before the figure in its clause.
    private bool CountedSubjectBefore(int index, List<Token> tokens, int first)
    {
        var clauseStart = ClauseStart(tokens, first, 12);

        foreach (var q in _quantitiesAt[index])
        {
            var (qFirst, qLast) = SpanOf(tokens, q.Offset, q.Length);
            // Many, or an open many ("at least nine"); not "two climbers fell 600m", where each fell as far.
            if (qFirst < clauseStart || qLast >= first || q.Min is not { } n || n < 2 || (q.Max is { } max && (max != n || n < 5)))
            {
                continue;
            }

            var head = q.Unit?.ToLowerInvariant() ?? HeadNoun(tokens, qLast).Head;
            if (head is not null && _lex.PersonNouns.Contains(head) && FrameLexicon.Singular(head) != head)
            {
                return true;
            }
        }

        return false;
    }

    // "One of the cables links 33 countries", "while a second serves 14 states": the clause is about one member of a group
    // the story counts, so its figures are that member's, not the story's.
    private bool MemberSubjectBefore(List<Token> tokens, int first)
    {
        var start = ClauseStart(tokens, first, 15);
        // "One of the cables is 40,000 km long and links 33 countries": a verb after "and" shares the first clause's subject.
        if (start > 1 && Is(tokens, start - 1, "and") && tokens[start].IsWord && !IsCapitalized(tokens[start]) &&
            !(tokens[start].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her") && !IsDigitToken(tokens, start))
        {
            start = ClauseStart(tokens, start - 1, 15);
        }

        for (var k = start; k < first && k <= start + 2; k++)
        {
            if ((Is(tokens, k, "one") && Is(tokens, k + 1, "of")) ||
                (Is(tokens, k, "a") && k + 1 < first && tokens[k + 1].Lower is "second" or "third" or "fourth" && !IsDigitToken(tokens, k + 2) &&
                 tokens[k + 2].Lower is "is" or "was" or "," or "serves" or "links" or "connects" or "carries" or "has" or "had") ||
                (Is(tokens, k, "the") && Is(tokens, k + 1, "other") && tokens.Count > k + 2 && tokens[k + 2].Lower is "is" or "was" or "one"))
            {
                return true;
            }
        }

        return false;
    }

    // "The 16-year-old accused of firing the fatal shot, Tom Reyes, goes on trial": the name the description is apposed to,
    // right after its comma; not a speaker ("…, Tom Reyes said") nor across a verb or a clause break.
    private string? NamedAfterComma(int index, List<Token> tokens, int end)
    {
        for (var k = end + 1; k < tokens.Count && k <= end + 10; k++)
        {
            switch (tokens[k].Lower)
            {
                case "was" or "is" or "were" or "are" or "had" or "has" or "have" or "said" or "says" or "told" or "and" or "who" or "." or ";" or ":":
                    return null;
                case ",":
                    var name = _namesAt[index].FirstOrDefault(n => n.First == k + 1 && !n.IsPlace);
                    return name is not null && !(n1(name.Last + 1) is "said" or "says" or "told" or "added") ? name.Written : null;
            }
        }

        return null;

        string? n1(int at) => at < tokens.Count ? tokens[at].Lower : null;
    }

    // "The 35-year-old deputy", "a 35-year-old sheriff's deputy": the one person the article titles with a word of the noun
    // phrase ("Deputy Jerry Tolland"). None when no one or several people carry the title.
    private string? TitledOwner(List<Token> tokens, int end)
    {
        for (var k = end + 1; k < tokens.Count && k <= end + 4 && tokens[k].IsWord && !IsCapitalized(tokens[k]); k++)
        {
            if (Is(tokens, k + 1, "'s"))
            {
                k++;
                continue;
            }

            string? owner = null;
            foreach (var n in _names)
            {
                if (!n.IsPlace && n.First > 0 && _tokens[n.Sentence][n.First - 1].Lower == tokens[k].Lower &&
                    (n.Written.Contains(' ', StringComparison.Ordinal) ? n.Written : ResolveSurname(n.Written)) is { } full)
                {
                    if (owner is not null && owner != full)
                    {
                        return null;
                    }

                    owner = full;
                }
            }

            if (owner is not null)
            {
                return owner;
            }
        }

        return null;
    }

    // ---- times of day -----------------------------------------------------------------------------------------------------

    // Times of day; the spans it took go to a list.
    private void FillTimes(int index, List<(int First, int Last)> spans)
    {
        var tokens = _tokens[index];
        var words = _words[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            // A time starts at a figure or at a word of the clock ("noon").
            if (!words.Is(i, StoryWordClass.DigitStart | StoryWordClass.ClockWord) || !TryTime(tokens, i, out var last, out var minutes, out var zone))
            {
                continue;
            }

            spans.Add((i, last));
            var approximate = ApproximatorBefore(tokens, i);
            var trigger = NearestTrigger(index, i, last);
            // "Put out by 5:40 a.m.", "closed until 9 p.m.": a deadline or an end, not when the event happened.
            var before = approximate && i >= 2 ? i - 2 : i - 1;
            if (trigger is null || (before >= 0 && tokens[before].Lower is "by" or "until" or "till" or "til") || IsTimestamp(index, tokens, i))
            {
                i = last;
                continue;
            }

            // "About 3 p.m." allows a few minutes either way, but not the next round figure: "about 3:10" is another time.
            var first = approximate ? Math.Max(0, minutes - ApproximateMinutes) : minutes;
            var latest = approximate ? Math.Min(24 * 60 - 1, minutes + ApproximateMinutes) : minutes;
            var value = new TimeOfDayValue(_text[tokens[i].Start..tokens[last].End], LocalTime.FromMinutesSinceMidnight(first),
                LocalTime.FromMinutesSinceMidnight(latest), zone);
            AddSlot(ClaimProperty.Time, value, trigger, index, i, last);
            i = last;
        }
    }

    private const int ApproximateMinutes = 4;

    // A page's own timestamp ("on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM"): a clock time stamped
    // on a date written with its year, or a few words after "updated" or "posted".
    private bool IsTimestamp(int index, List<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 6); k < i; k++)
        {
            if (_lex.TimestampCues.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return i > 0 && tokens[i - 1].Lower == "at" &&
               _temporalAt[index].Any(m => m.Kind == TemporalMentionKind.Date && m.Granularity == TemporalGranularity.Day && !m.YearInferred &&
                                          m.Offset + m.Length <= tokens[i - 1].Start && m.Offset + m.Length >= tokens[i - 1].Start - 2 &&
                                          m.Text.Length >= 4 && m.Text[^4..].All(char.IsDigit));
    }

    // "3 p.m.", "3:10 pm", "15:00 GMT", "07:37 local time", "noon", "midnight"; not clock readings of a game ("2:15 of the round").
    private bool TryTime(List<Token> tokens, int i, out int last, out int minutes, out string? zone)
    {
        last = i;
        minutes = 0;
        zone = null;
        var t = tokens[i];
        if (t.Lower is "noon" or "midday" or "midnight")
        {
            minutes = t.Lower == "midnight" ? 0 : 12 * 60;
            return true;
        }

        // "6pm", "11am": the meridiem glued to the hour.
        var gluedMeridiem = GluedMeridiem(t.Lower, out var hourText);
        if (!int.TryParse(hourText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour) ||
            hour > 24 || hourText.Length > 2)
        {
            return false;
        }

        var k = i + 1;
        var minute = 0;
        var hasMinutes = false;
        if (gluedMeridiem == 0 && Is(tokens, k, ":") && k + 1 < tokens.Count && tokens[k].Start == t.End)
        {
            // "6:41", and "6:41pm" with the meridiem glued to the minutes.
            gluedMeridiem = GluedMeridiem(tokens[k + 1].Lower, out var minuteText);
            if (minuteText.Length == 2 && int.TryParse(minuteText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minute) &&
                minute <= 59)
            {
                hasMinutes = true;
                k += 2;
            }
            else
            {
                gluedMeridiem = 0;
            }
        }

        var afterMeridiem = k;
        var meridiem = gluedMeridiem != 0 ? gluedMeridiem : MeridiemAt(tokens, k, out afterMeridiem);
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (meridiem == 2 ? 12 : 0);
            k = afterMeridiem;
        }

        var zoneStart = k;
        if (k < tokens.Count && _lex.TimeZones.TryMatch(tokens, k, out var zoneLength, out _))
        {
            zone = JoinLower(tokens, k, zoneLength);
            k += zoneLength;
            if (zone is "local" && Is(tokens, k, "time"))
            {
                k++;
            }
        }

        // "6:41 last night", "9:15 this morning": a part of the day names the half of the clock.
        var partOfDay = meridiem == 0 && hasMinutes ? PartOfDayAt(tokens, k) : 0;
        if (partOfDay == 2 && hour is >= 1 and < 12)
        {
            hour += 12;
        }

        if (meridiem == 0 && partOfDay == 0 &&
            (!hasMinutes || (zone is null && !(i > 0 && tokens[i - 1].Lower is "at" or "about" or "around" or "approximately"))))
        {
            return false;
        }

        if (Is(tokens, k, "of") || Is(tokens, k, "into") || Is(tokens, k, "left") || Is(tokens, k, "remaining") || Is(tokens, k, "to") && Is(tokens, k + 1, "play"))
        {
            return false;
        }

        if (hour == 24)
        {
            hour = 0;
        }

        minutes = hour * 60 + minute;
        last = k > zoneStart ? k - 1 : (meridiem != 0 ? afterMeridiem - 1 : (hasMinutes ? i + 2 : i));
        return true;
    }

    // "6pm" → 2 and "6"; "41am" → 1 and "41"; anything else → 0 and the word itself.
    private static int GluedMeridiem(string word, out string digits)
    {
        if (word.Length > 2 && (word.EndsWith("am", StringComparison.Ordinal) || word.EndsWith("pm", StringComparison.Ordinal)) &&
            word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            digits = word[..^2];
            return word[^2] == 'a' ? 1 : 2;
        }

        digits = word;
        return 0;
    }

    // 1 for a morning, 2 for an afternoon, evening or night phrase at k ("last night", "this morning", "Thursday evening",
    // "in the afternoon", "tonight"), else 0.
    private static int PartOfDayAt(List<Token> tokens, int k)
    {
        if (Is(tokens, k, "tonight"))
        {
            return 2;
        }

        var j = k;
        if (k < tokens.Count && tokens[k].Lower is "last" or "this" or "yesterday" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
        {
            j = k + 1;
        }
        else if (Is(tokens, k, "in") && Is(tokens, k + 1, "the"))
        {
            j = k + 2;
        }

        if (j == k || j >= tokens.Count)
        {
            return 0;
        }

        return tokens[j].Lower switch
        {
            "morning" => 1,
            "afternoon" or "evening" or "night" => 2,
            _ => 0,
        };
    }

    // 1 for a.m., 2 for p.m., 0 for none; tokens "a . m ." or "am"/"pm".
    private static int MeridiemAt(List<Token> tokens, int k, out int after)
    {
        after = k;
        if (k >= tokens.Count)
        {
            return 0;
        }

        var w = tokens[k].Lower;
        if (w is "am" or "pm")
        {
            after = k + 1;
            return w == "am" ? 1 : 2;
        }

        if (w is "a" or "p" && Is(tokens, k + 1, ".") && Is(tokens, k + 2, "m"))
        {
            after = Is(tokens, k + 3, ".") ? k + 4 : k + 3;
            return w == "a" ? 1 : 2;
        }

        return 0;
    }

    private bool ApproximatorBefore(List<Token> tokens, int i)
    {
        var k = i > 0 && tokens[i - 1].Lower == "at" ? i - 1 : i;
        for (var start = Math.Max(0, k - 3); start < k; start++)
        {
            if (_lex.TimeApproximators.TryMatch(tokens, start, out var length, out _) && start + length == k)
            {
                return true;
            }
        }

        return false;
    }

    // The frame of the trigger nearest to a token range in its sentence, qualified by the person the clause names.
    private string? NearestTrigger(int index, int first, int last) => NearestFrame(index, first, last)?.Name;

    // A date's frame skips a trigger that an offset phrase after the date names ("a week after", "two days before"): in "died
    // … Thursday, a week after suffering a heart attack" the heart attack is the anchor the date is counted from, not what
    // happened Thursday; "laughed Tuesday after hearing the ruling" (no offset) keeps the ruling.
    private FrameDefinition? NearestFrame(int index, int first, int last, bool skipAnchors = false)
    {
        var tokens = _tokens[index];
        FrameDefinition? best = null;
        var bestDistance = int.MaxValue;
        var anchor = skipAnchors ? OffsetAnchorAfter(tokens, last) : tokens.Count;
        // A trigger taken covers its words: a trigger that starts inside it is not read.
        var next = 0;
        foreach (var (i, length, trigger) in TriggersAt(index))
        {
            if (i < next ||
                (!trigger.IsNoun && trigger.Frame.VerbsNeedNoun && trigger.Frame != _frame) ||
                (i <= last && i + length - 1 >= first) ||
                i > anchor)
            {
                continue;
            }

            var distance = i > last ? i - last : (i + length - 1 < first ? first - (i + length - 1) : 0);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (trigger.Frame, distance);
            }

            next = i + length;
        }

        return best;
    }

    // The frame triggers that start at each token of a sentence, overlapping ones included, in token order; matched once
    // per sentence, when a date or a time first asks for them.
    private List<(int Index, int Length, FrameTrigger Trigger)> TriggersAt(int index)
    {
        if (_triggersAt[index] is { } known)
        {
            return known;
        }

        var tokens = _tokens[index];
        var triggers = new List<(int Index, int Length, FrameTrigger Trigger)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_lex.TryMatchTrigger(tokens, i, _isCapitalized, out var length, out var trigger))
            {
                triggers.Add((i, length, trigger));
            }
        }

        _triggersAt[index] = triggers;
        return triggers;
    }

    // The first "after"/"before"/"following" after a token that an offset opens ("a week after", "two days before"), or the
    // sentence's length when there is none.
    private static int OffsetAnchorAfter(List<Token> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Lower is "after" or "before" or "following" && k > 0 &&
                tokens[k - 1].Lower is "day" or "days" or "week" or "weeks" or "fortnight" or "month" or "months" or "year" or "years")
            {
                return k;
            }
        }

        return tokens.Count;
    }

    // ---- dates ----------------------------------------------------------------------------------------------------------

    private void FillDates(int index)
    {
        var tokens = _tokens[index];
        foreach (var m in _temporalAt[index])
        {
            // In an article whose own day is unknown, "on Tuesday" still tells the weekday: outlets that agree on it
            // corroborate, and since the week is unknown it never disputes another day.
            ClaimValue? value = m.ToValue() is { } resolved && m.Granularity is TemporalGranularity.Day or TemporalGranularity.Month
                ? resolved
                : m.Start is null && _article.ReferenceDate.Date is null ? WeekdayOnly(m.Text) : null;
            if (m.Kind != TemporalMentionKind.Date || value is null)
            {
                continue;
            }

            var (first, last) = SpanOf(tokens, m.Offset, m.Length);
            // "Sentencing is set for May 3": a plan, not the day it happened. "6:41pm PST (0241 GMT Friday)": the same moment
            // told on another clock, whose day is not the happening's day where it happened.
            if (first < 0 || last < first || InZoneConversion(tokens, first) ||
                (NearestFrame(index, first, last, skipAnchors: true) ?? NearestFrame(index, first, last)) is not { } definition)
            {
                continue;
            }

            // A planned day ("the funeral will be held Tuesday, Dec. 16"; "is planned for Tuesday") is its own slot, which
            // outlets can confirm but which never disputes: plans move, and one frame may plan several things.
            if (Scheduled(tokens, first))
            {
                AddSlot(ClaimProperty.Date, value, StorySubjects.PlanPrefix + definition.Name, index, first, last);
                continue;
            }

            // Dates of one happening are told with different verbs ("was shot", "was killed", "the attack"): they are keyed by
            // the frame's family, so "killed on June 24" and "shot on June 24" meet; but a stage of a process by its frame: a
            // verdict and a sentence are two days of one trial.
            var frame = _lex.StagedFamilies.Contains(definition.Family) ? definition.Name : definition.Family;
            var person = NamedInSentence(index) ?? DescribedAge(index);
            AddSlot(ClaimProperty.Date, value, person is null ? frame : frame + "/" + person, index, first, last);
        }
    }

    private bool Scheduled(List<Token> tokens, int first)
    {
        // "will be sentenced May 3", "is to be formally sentenced May 3": a cue in the date's own clause, a few words before it.
        for (var start = Math.Max(0, first - 6); start < first; start++)
        {
            if (_lex.ScheduleCues.TryMatch(tokens, start, out var length, out _) && start + length <= first &&
                !Enumerable.Range(start + length, first - start - length).Any(k => BreaksAt(tokens, k)))
            {
                return true;
            }
        }

        return false;
    }

    // ---- records ---------------------------------------------------------------------------------------------------------

    // A win-loss record ("Denver (10-5)", "improved his record to 41-2", "a 9-5 season"), owned by the capitalized name
    // just before it. Not a score ("beat the Hawks 27-20", "a 17-3 halftime lead"): a record stands in parentheses, after
    // "record … to"/"stand at", or before "season"/"record". Outlets that give one owner two records disagree.
    private void FillRecords(int index)
    {
        var tokens = _tokens[index];
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!IsSmallInteger(tokens[i], 0, 300, out _) || tokens[i + 1].Lower != "-" || !IsSmallInteger(tokens[i + 2], 0, 300, out _) ||
                tokens[i + 1].Start != tokens[i].End || tokens[i + 2].Start != tokens[i + 1].End || (i > 0 && tokens[i - 1].Lower == "-"))
            {
                continue;
            }

            var last = i + 2;
            if (Is(tokens, last + 1, "-") && last + 2 < tokens.Count && IsSmallInteger(tokens[last + 2], 0, 300, out _))
            {
                last += 2; // wins-losses-ties
            }

            // A score is not a record: "lost to the Rams, 24-17", "a 17-3 halftime lead". The final one told in the lead is
            // the game's own score; further down a score is often another game's.
            if (ScoreAt(tokens, i, last) is { } final)
            {
                if (final && index < LeadSentences)
                {
                    AddSlot(ClaimProperty.Detail, new TextValue(_text[tokens[i].Start..tokens[last].End]), ScoreSlot, index, i, last);
                }

                i = last;
                continue;
            }

            // "(10-5)", or in apposition to a name: "Viktor Marek, 42-2, 35 KOs".
            var parenthetical = Is(tokens, i - 1, "(") ||
                                (Is(tokens, i - 1, ",") && i >= 2 && tokens[i - 2].IsWord && IsCapitalized(tokens[i - 2]) && (Is(tokens, last + 1, ",") || Is(tokens, last + 1, ")")));
            var cued = Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4))
                .Any(k => tokens[k].Lower is "record" or "improved" or "stand" or "stands" or "standing" or "moved" or "rose");
            var before = Is(tokens, last + 1, "season") || Is(tokens, last + 1, "record") || Is(tokens, last + 1, "overall");
            if (!parenthetical && !cued && !before)
            {
                continue;
            }

            string? owner = null;
            for (var k = i - 1; k >= 0 && k >= i - 6 && owner is null; k--)
            {
                if (tokens[k].IsWord && IsCapitalized(tokens[k]) && !_lex.NameStops.Contains(tokens[k].Lower) && k > 0)
                {
                    // The owner's last name word: "Denver Rams" and "the Rams" are one owner.
                    var full = ResolveSurname(Word(tokens[k])) ?? Word(tokens[k]);
                    owner = full[(full.LastIndexOf(' ') + 1)..];
                }
            }

            // "9-1 in one-possession games": a record of a kind of game is another record.
            var scope = Is(tokens, last + 1, "in") ? "/in " + string.Join(' ', Enumerable.Range(last + 2, Math.Min(3, tokens.Count - last - 2))
                .Select(k => tokens[k].Lower).TakeWhile(w => w is not ("." or "," or ";" or "and"))) : "";
            if (owner is null)
            {
                continue;
            }

            var text = _text[tokens[i].Start..tokens[last].End];
            AddSlot(ClaimProperty.Detail, new TextValue(text), RecordSlot + "/" + owner + scope, index, i, last);
            i = last;
        }
    }

    // The counted classes of each sentence so far, with their predicates: a second count of one class in a sentence is
    // another group of it.
    private readonly Dictionary<(int Sentence, string Noun), string?> _counted = [];

    /// <summary>Marks a counted group other than the first of its class ("four other rifles").</summary>
    public const string OtherGroupMark = ":other";

    // "four other rifles", "two more boats"; or a count joined by "and" or a comma to an earlier count of the same class in
    // the sentence ("six rifles and two machine guns").
    private bool OtherGroup(List<Token> tokens, int first, int head, int index, string noun)
    {
        for (var k = first + 1; k < head; k++)
        {
            if (tokens[k].Lower is "other" or "more" or "additional" or "further")
            {
                return true;
            }
        }

        return first > 0 && tokens[first - 1].Lower is "and" or "," && _counted.ContainsKey((index, noun));
    }

    // Whether the figures at i..last are a game's score: true for a final score ("a 27-20 win", "beat the Hawks 27-20",
    // "lost to the Rams, 24-17"), false for a score on the way ("a 17-3 halftime lead", "led 7-0 after the first
    // quarter") or a judge's card ("117-111 on all three scorecards"), null when nothing says it is a score.
    private bool? ScoreAt(List<Token> tokens, int i, int last)
    {
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 7); k++)
        {
            if (tokens[k].Lower is "halftime" or "half" or "quarter" or "period" or "inning" or "intermission" or "scorecards" or "scorecard" or "cards" or "judges")
            {
                return false;
            }

            if (BreaksAt(tokens, k))
            {
                break;
            }
        }

        var after = last + 1 < tokens.Count ? tokens[last + 1].Lower : "";
        if (after is "lead" or "advantage" or "deficit" or "halftime")
        {
            return false;
        }

        if (after is "win" or "victory" or "loss" or "defeat" or "triumph" or "rout" or "upset" or "shutout")
        {
            return true;
        }

        for (var k = i - 1; k >= Math.Max(0, i - 7); k--)
        {
            var word = tokens[k].Lower;
            if (word is "." or ";" or "record")
            {
                break;
            }

            if (word is "led" or "leading" or "trailed" or "trailing" or "halftime" or "lead")
            {
                return false;
            }

            if (word is "beat" or "beats" or "beating" or "defeated" or "defeating" or "downed" or "edged" or "topped" or "routed" or "trounced" or
                "blanked" or "lost" or "losing" or "won" or "winning" or "outlasted" or "fell" or "final")
            {
                return true;
            }
        }

        return null;
    }

    // ---- addresses -------------------------------------------------------------------------------------------------------

    private static readonly FrozenSet<string> Directions = new[] { "east", "west", "north", "south", "e", "w", "n", "s", "." }
        .ToFrozenSet(StringComparer.Ordinal);

    // "the 12200 block of East 223rd Street", "at 24 Independent Street": where on a street it happened. The subject is the
    // street (without its direction word), so outlets that put it on one street at other numbers disagree on the place.
    private void FillAddresses(int index)
    {
        var tokens = _tokens[index];
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!IsDigitToken(tokens, i) || tokens[i].Lower.Length > 6 || !AllAsciiDigits(tokens[i].Lower) ||
                (i > 0 && tokens[i - 1].Lower is "$" or "#" or "-" or "," && tokens[i - 1].End == tokens[i].Start))
            {
                continue;
            }

            var k = i + 1;
            if (Is(tokens, k, "block") && Is(tokens, k + 1, "of"))
            {
                k += 2;
            }
            else if (!IsCapitalized(tokens[k]))
            {
                continue;
            }

            while (k < tokens.Count && Directions.Contains(tokens[k].Lower) && (tokens[k].Lower == "." || IsCapitalized(tokens[k])))
            {
                k++;
            }

            var nameStart = k;
            var end = -1;
            for (; k < tokens.Count && k < nameStart + 4; k++)
            {
                if (_lex.StreetTypes.Contains(tokens[k].Lower) && k > nameStart && IsCapitalized(tokens[k]))
                {
                    end = k;
                    break;
                }

                if (!tokens[k].IsWord || !(IsCapitalized(tokens[k]) || char.IsDigit(tokens[k].Lower[0])))
                {
                    break;
                }
            }

            if (end < 0)
            {
                continue;
            }

            var street = JoinLower(tokens, nameStart, end - nameStart + 1);
            var text = _text[tokens[i].Start..tokens[end].End];
            var place = string.Join(' ', tokens[i].Lower, Is(tokens, i + 1, "block") ? "block" : "", street).Replace("  ", " ", StringComparison.Ordinal);
            AddSlot(ClaimProperty.Place, new PlaceValue(text, StableId.Slug(place)), AddressSlot + "/" + street, index, i, end);
            i = end;
        }
    }

    private static readonly FrozenDictionary<string, string> Bearings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["north"] = "north", ["south"] = "south", ["east"] = "east", ["west"] = "west", ["northeast"] = "northeast",
        ["northwest"] = "northwest", ["southeast"] = "southeast", ["southwest"] = "southwest", ["north-east"] = "northeast",
        ["north-west"] = "northwest", ["south-east"] = "southeast", ["south-west"] = "southwest",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "150 nautical miles east of Aden", "40km south-west of the capital Kabul": the bearing from a named place. The subject
    // is the place, the value the bearing, so "east of Aden" and "west of Aden" dispute where it happened.
    private void FillBearings(int index)
    {
        var tokens = _tokens[index];
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            var last = i;
            if (Is(tokens, i + 1, "-") && i + 2 < tokens.Count && tokens[i + 1].Start == tokens[i].End && Bearings.ContainsKey(word + "-" + tokens[i + 2].Lower))
            {
                word += "-" + tokens[i + 2].Lower;
                last = i + 2;
            }

            if (!Bearings.TryGetValue(word, out var bearing) || !Is(tokens, last + 1, "of"))
            {
                continue;
            }

            // A distance before the bearing ("150 nautical miles east of") marks a bearing, not a region ("the east of England").
            var k = i - 1;
            var distanceBefore = (tokens[k].IsWord && (_lex.Units.TryMatch(tokens, k, out _, out _) || tokens[k].Lower == "mi")) ||
                                 IsDigitToken(tokens, k) || (k > 0 && IsDigitToken(tokens, k - 1)) || (k > 1 && IsDigitToken(tokens, k - 2));
            if (!distanceBefore)
            {
                continue;
            }

            var p = last + 2;
            while (p < tokens.Count && tokens[p].Lower is "the" or "capital" or "city" or "town" or "port")
            {
                p++;
            }

            var placeEnd = p - 1;
            while (placeEnd + 1 < tokens.Count && tokens[placeEnd + 1].IsWord && IsCapitalized(tokens[placeEnd + 1]) && placeEnd + 1 < p + 3)
            {
                placeEnd++;
            }

            if (placeEnd < p)
            {
                continue;
            }

            var place = JoinLower(tokens, p, placeEnd - p + 1);
            // Shown as written with its distance ("150 nautical miles east of Aden"); the bearing and the place decide.
            var from = Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4)).FirstOrDefault(j => IsDigitToken(tokens, j), i);
            AddSlot(ClaimProperty.Place, new PlaceValue(_text[tokens[from].Start..tokens[placeEnd].End], StableId.Slug(bearing + " of " + place)),
                BearingSlot + "/" + place, index, i, placeEnd);
            i = placeEnd;
        }
    }

    /// <summary>The subject head of a bearing from a place ("bearing/aden").</summary>
    public const string BearingSlot = "bearing";

    // "at Harmon Boulevard and Ellery Road", "on Harmon Boulevard, at Marsh Road": the corner names the cross
    // street of the first, so outlets that give one street another cross street disagree on the place.
    private void FillCrossStreets(int index)
    {
        var tokens = _tokens[index];
        (int First, int Last)? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lex.StreetTypes.Contains(tokens[i].Lower) || !IsCapitalized(tokens[i]) || i == 0 || !IsCapitalized(tokens[i - 1]))
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && first > i - 3 && tokens[first - 1].IsWord && IsCapitalized(tokens[first - 1]) && !_lex.NameStops.Contains(tokens[first - 1].Lower))
            {
                first--;
            }

            if (previous is { } p)
            {
                var between = Enumerable.Range(p.Last + 1, first - p.Last - 1).Select(k => tokens[k].Lower).ToList();
                if (between is ["and"] or ["at"] or [",", "at"] or ["&"])
                {
                    var street = JoinLower(tokens, p.First, p.Last - p.First + 1);
                    var cross = JoinLower(tokens, first, i - first + 1);
                    AddSlot(ClaimProperty.Place, new PlaceValue(_text[tokens[first].Start..tokens[i].End], StableId.Slug(cross)),
                        CrossSlot + "/" + street, index, p.First, i);
                }
            }

            previous = (first, i);
        }
    }

    // "arraigned in Harlow District Court", "his trial at Bryce County Superior Court": the court a justice act took place
    // in, keyed by that act; outlets naming one court corroborate (a case moves between courts, so two never dispute).
    private void FillCourts(int index)
    {
        var tokens = _tokens[index];
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower != "court" || !IsCapitalized(tokens[i]) || !tokens[i - 1].IsWord || !IsCapitalized(tokens[i - 1]))
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && first > i - 6 && (tokens[first - 1].IsWord && IsCapitalized(tokens[first - 1]) || tokens[first - 1].Lower is "'" or "'s") &&
                   tokens[first - 1].Lower != "the")
            {
                first--;
            }

            var before = first > 0 && tokens[first - 1].Lower == "the" ? first - 2 : first - 1;
            if (before < 0 || tokens[before].Lower is not ("in" or "at" or "before" or "to" or "into"))
            {
                continue;
            }

            string? act = null;
            for (var k = before - 1; k >= 0 && k >= before - 11 && act is null; k--)
            {
                if (tokens[k].IsWord && (_lex.CourtCues.TryGetValue(tokens[k].Lower, out var a) || _lex.CourtCues.TryGetValue(_lex.Lemma(tokens[k].Lower), out a)))
                {
                    act = a;
                }
            }

            if (act is not null)
            {
                var name = JoinLower(tokens, first, i - first + 1);
                AddSlot(ClaimProperty.Place, new PlaceValue(_text[tokens[first].Start..tokens[i].End], StableId.Slug(name)), CourtSlot + "/" + act,
                    index, first, i);
            }
        }
    }

    /// <summary>The subject head of the court a justice act took place in ("court/arraign").</summary>
    public const string CourtSlot = StorySubjects.CourtHead;

    /// <summary>The subject head of a street's cross street ("cross/harmon boulevard").</summary>
    public const string CrossSlot = "cross";

    /// <summary>The subject head of street addresses ("address/223rd street").</summary>
    public const string AddressSlot = "address";

    /// <summary>The subject head of a floor of a building ("floor:3"), one key per floor.</summary>
    public const string FloorSlot = "floor:";

    // "One Australian and one English climber have fallen to their deaths": two people, one of each kind, with the cue of
    // their clause (deaths, injured, arrested) like any figure of people.
    // The spans it took go to a list.
    private void FillCoordinatedOnes(int index, List<(int First, int Last)> taken)
    {
        var tokens = _tokens[index];
        for (var i = 0; i + 5 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "one" || !tokens[i + 1].IsWord || tokens[i + 2].Lower != "and" || tokens[i + 3].Lower != "one" ||
                !tokens[i + 4].IsWord || !_lex.PersonNouns.Contains(tokens[i + 5].Lower))
            {
                continue;
            }

            var cue = CueNear(tokens, i, i + 5);
            if (cue is null || cue == Irrealis)
            {
                continue;
            }

            AddPeople(index, new QuantityValue(_text[tokens[i].Start..tokens[i + 5].End], 2, 2, unit: tokens[i + 5].Lower), cue, i, i + 5);
            taken.Add((i, i + 5));
            i += 5;
        }
    }

    private static readonly FrozenSet<string> ContestNouns =
        new[] { "fight", "fights", "game", "games", "match", "matches", "bout", "bouts", "win", "wins", "victory", "victories", "start", "starts" }
            .ToFrozenSet(StringComparer.Ordinal);

    // "a 10-fight winning streak", "his unbeaten run to 10", "his 10th consecutive bout": the length of a winning streak, a
    // count of its own ("count:streak/win[/owner]") whatever the words; the spans it took go to a list.
    private void FillStreaks(int index, List<(int First, int Last)> taken)
    {
        var tokens = _tokens[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            int? length = null;
            var (first, last) = (i, i);
            if (IsSmallInteger(tokens[i], 2, 999, out var n) && Is(tokens, i + 1, "-") && i + 4 < tokens.Count && ContestNouns.Contains(tokens[i + 2].Lower) &&
                tokens[i + 3].Lower is "winning" or "unbeaten" or "undefeated" && tokens[i + 4].Lower is "streak" or "run")
            {
                (length, last) = (n, i + 4);
            }
            else if (tokens[i].Lower is "streak" or "run" && i > 0 && tokens[i - 1].Lower is "winning" or "unbeaten" or "undefeated" &&
                     Is(tokens, i + 1, "to") && i + 2 < tokens.Count && IsSmallInteger(tokens[i + 2], 2, 999, out var to))
            {
                (length, first, last) = (to, i - 1, i + 2);
            }
            else if (OrdinalValue(tokens[i].Lower) is { } nth && nth >= 2 && i + 2 < tokens.Count && tokens[i + 1].Lower is "consecutive" or "straight" &&
                     ContestNouns.Contains(tokens[i + 2].Lower))
            {
                (length, last) = (nth, i + 2);
            }

            if (length is not { } streak)
            {
                continue;
            }

            var owner = PersonBefore(index, first, 12) ?? TeamBefore(tokens, first);
            AddSlot(ClaimProperty.Count, new QuantityValue(_text[tokens[first].Start..tokens[last].End], streak, streak, unit: "streak"),
                "count:streak/win" + (owner is null ? "" : "/" + owner), index, first, last);
            taken.Add((first, last));
            i = last;
        }
    }

    private static readonly FrozenSet<string> TitleNouns =
        new[] { "title", "titles", "belt", "belts", "crown", "crowns", "championship", "championships", "versions" }.ToFrozenSet(StringComparer.Ordinal);

    // "the IBF, WBO and IBO heavyweight titles", "his IBF, IBO and WBO versions of the crown": the set of titles held, named
    // by their bodies' initials, in any order, as one detail ("titles:ibf ibo wbo") that corroborates and never disputes.
    private void FillTitles(int index)
    {
        var tokens = _tokens[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsInitials(tokens[i]))
            {
                continue;
            }

            var bodies = new SortedSet<string>(StringComparer.Ordinal) { Word(tokens[i]) };
            var j = i + 1;
            while (j + 1 < tokens.Count && tokens[j].Lower is "," or "and" or "/" && IsInitials(tokens[j + 1]) ||
                   j + 2 < tokens.Count && tokens[j].Lower == "," && tokens[j + 1].Lower == "and" && IsInitials(tokens[j + 2]))
            {
                j += tokens[j + 1].Lower == "and" ? 2 : 1;
                bodies.Add(Word(tokens[j]));
                j++;
            }

            var last = j - 1;
            var noun = -1;
            for (var k = j; k < tokens.Count && k <= j + 3; k++)
            {
                if (TitleNouns.Contains(tokens[k].Lower))
                {
                    noun = k;
                    break;
                }

                if (!tokens[k].IsWord)
                {
                    break;
                }
            }

            if (bodies.Count >= 2 && noun > 0)
            {
                var value = string.Join(", ", bodies);
                AddSlot(ClaimProperty.Detail, new TextValue(value),
                    "titles:" + value.Replace(",", "", StringComparison.Ordinal).ToLowerInvariant(), index, i, noun);
            }

            i = Math.Max(i, last);
        }
    }

    // "IBF", "WBO", "FIFA": the initials of a body, two to five capitals.
    private bool IsInitials(Token t) =>
        t.IsWord && t.End - t.Start is >= 2 and <= 5 && !_text.AsSpan(t.Start, t.End - t.Start).ContainsAnyExcept(UpperLetters);

    // Inside brackets that also name a time zone: "(0241 GMT Friday)".
    private bool InZoneConversion(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6; k--)
        {
            if (tokens[k].Lower == "(")
            {
                for (var z = k + 1; z < tokens.Count && z <= first + 4 && tokens[z].Lower != ")"; z++)
                {
                    if (_lex.TimeZones.TryMatch(tokens, z, out _, out _))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // The tokens after a figure that make it an age: 4 for "-year-old", 3 for the common slip "-year old", else 0.
    private static int YearOldLength(List<Token> tokens, int i) =>
        !Is(tokens, i + 1, "-") || !Is(tokens, i + 2, "year") ? 0
        : Is(tokens, i + 3, "-") && Is(tokens, i + 4, "old") ? 4
        : Is(tokens, i + 3, "old") ? 3 : 0;

    private static bool IsFloorWord(List<Token> tokens, int i) => i >= 0 && i < tokens.Count && tokens[i].Lower is "floor" or "storey" or "floors";

    // The ordinal written as a word for a value's name ("third floor"), the digits beyond the words.
    private static string OrdinalWord(int n)
    {
        foreach (var (word, value) in OrdinalWords)
        {
            if (value == n && char.IsLetter(word[0]))
            {
                return word;
            }
        }

        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>The subject head of win-loss records, whose different values are a conflict.</summary>
    public const string RecordSlot = "record";

    /// <summary>The subject of a game's final score ("a 27-20 win", "beat the Hawks 27-20"), whose different values are a conflict.</summary>
    public const string ScoreSlot = "score";

    // ---- ordinals --------------------------------------------------------------------------------------------------------

    private static readonly FrozenDictionary<string, int> OrdinalWords = new[]
    {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    }.Select((w, i) => (w, i)).Where(p => p.i > 0).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

    // "in the seventh round", "his sixth defence", "the fourth success", "a second-floor apartment": which one of a series,
    // a figure like a count, keyed by the noun it qualifies and the clause's verb ("round" stopped in vs knocked down in).
    // "First" says little (the first half, for the first time) and dates ("the 14th of May") are not series: both skipped.
    private void FillOrdinals(int index, List<(int First, int Last)> taken)
    {
        var tokens = _tokens[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || OrdinalValue(tokens[i].Lower) is not { } n || n < 2 || taken.Any(s => s.First <= i && i <= s.Last) ||
                InsideTime(index, tokens[i]))
            {
                continue;
            }

            // "the fourth quarter", "the second half": a period of a game, no series of things.
            if (i + 1 < tokens.Count && tokens[i + 1].Lower is "quarter" or "half" or "quarters" or "halves")
            {
                continue;
            }

            // "a third-floor office" is about the floor, "the third floor" too.
            var (head, headIndex) = Is(tokens, i + 1, "-") && i + 2 < tokens.Count && tokens[i + 2].IsWord && tokens[i + 1].Start == tokens[i].End
                ? (tokens[i + 2].Lower, i + 2)
                : IsFloorWord(tokens, i + 1) ? (tokens[i + 1].Lower, i + 1) : HeadNoun(tokens, i);

            // "on the third floor", "a second-floor office": where in a building, a place of its own. Several floors can be
            // told (where the victims were, where the shooter hid), so each floor is its own key and never disputes another.
            if (IsFloorWord(tokens, headIndex))
            {
                var floor = OrdinalWord(n) + " floor";
                AddSlot(ClaimProperty.Place, new PlaceValue(_text[tokens[i].Start..tokens[headIndex].End], StableId.Slug(floor)),
                    FloorSlot + n.ToString(CultureInfo.InvariantCulture), index, i, headIndex);
                continue;
            }

            // "his sixth defense", "retained his title for the fifth time": the story's act as one of its series.
            if (SeriesAct(tokens, i, head, headIndex) is { } act)
            {
                // "Kovac's sixth defense": the possessor owns the act.
                var owner = (Is(tokens, i - 1, "'s") ? PersonBefore(index, i - 1, 1) : null) ?? PersonBefore(index, i, 12) ?? SolePersonBefore(index, i);
                AddSlot(ClaimProperty.Count, new QuantityValue(_text[tokens[i].Start..tokens[headIndex].End], n, n, unit: act),
                    StorySubjects.SeriesPrefix + act + (owner is null ? "" : "/" + owner), index, i, headIndex);
                continue;
            }

            if (head is null || headIndex == i || head is "century" or "centuries" or "anniversary" or "birthday" or "quarter" or "half" or "time" or "times")
            {
                continue;
            }

            var noun = FrameLexicon.Singular(head);
            var predicate = PredicateOf(tokens, i, -1);
            var person = PersonBefore(index, i, 12);
            var text = _text[tokens[i].Start..tokens[headIndex].End];
            AddSlot(ClaimProperty.Count, new QuantityValue(text, n, n, unit: noun),
                "ordinal:" + noun + "/" + (predicate ?? "") + (person is null ? "" : "/" + person), index, i, headIndex);
        }
    }

    // The act an ordinal counts when it is the story's own act in its series: a series noun after it ("sixth defense"), or
    // "for the Nth time" after a series verb in its clause ("retained his IBF title for the fifth time").
    private string? SeriesAct(List<Token> tokens, int i, string? head, int headIndex)
    {
        if (head is null || headIndex == i)
        {
            return null;
        }

        if (_lex.SeriesActs.TryGetValue(FrameLexicon.Singular(head), out var act) && headIndex <= i + 2)
        {
            return act;
        }

        if (head is not "time" || headIndex != i + 1 || !Is(tokens, i - 1, "the") || !Is(tokens, i - 2, "for"))
        {
            return null;
        }

        for (var k = i - 3; k >= 0 && k >= i - 12 && tokens[k].Lower is not (";" or "," or "."); k--)
        {
            if (tokens[k].IsWord && _lex.SeriesActs.TryGetValue(_lex.Lemma(tokens[k].Lower), out var verbAct))
            {
                return verbAct;
            }
        }

        return null;
    }

    // "Early November", "late in March": a part of a month, written without a day.
    private static bool IsPartOfMonth(string text) =>
        !text.Any(char.IsDigit) && CalendarWords.Months.Any(month => text.Contains(month, StringComparison.OrdinalIgnoreCase)) &&
        (text.Contains("early", StringComparison.OrdinalIgnoreCase) || text.Contains("late", StringComparison.OrdinalIgnoreCase) ||
         text.Contains("mid", StringComparison.OrdinalIgnoreCase));

    // The one weekday a mention names ("Tuesday", "late Tuesday night", "on Wednesday morning"), as a text value; null when
    // it names none or carries a date ("Tuesday, May 4").
    private static TextValue? WeekdayOnly(string text)
    {
        string? found = null;
        foreach (var day in CalendarWords.Weekdays)
        {
            if (text.Contains(day, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = day;
            }
        }

        return found is null || text.Any(char.IsDigit) ? null : new TextValue(found);
    }

    // ---- one more casualty -----------------------------------------------------------------------------------------------

    // "killing two co-workers and critically injuring a third", "two killed and another wounded", "gunned down two women and
    // leaving a man wounded": after a casualty figure of one kind, a coordinated indefinite singular of the other kind is one
    // person ("a third" is not a fraction here, nor the third of a series). Only across kinds: "two were killed and a third
    // died later" would count one death where the sentence means three.
    // The spans it took go to a list.
    private void FillOneMoreCasualty(int index, List<(int First, int Last)> found)
    {
        if (_quantitiesAt[index].Count == 0)
        {
            return;
        }

        var tokens = _tokens[index];
        var figures = new List<(int Last, string Cue)>();
        foreach (var q in _quantitiesAt[index])
        {
            var (first, last) = SpanOf(tokens, q.Offset, q.Length);
            if (first >= 0 && last >= first && q.Min == q.Max && q.Min >= 2 && CueNear(tokens, first, last) is { } cue and ("deaths" or "injured"))
            {
                figures.Add((last, cue));
            }
        }

        if (figures.Count == 0)
        {
            return;
        }

        for (var i = figures.Min(f => f.Last) + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("a" or "an" or "another"))
            {
                continue;
            }

            // The phrase: "another", "a third", "a third co-worker", "a man", "a male co-worker".
            var end = i;
            if (tokens[i].Lower != "another" && i + 1 < tokens.Count && OrdinalValue(tokens[i + 1].Lower) is >= 2)
            {
                end = i + 1;
            }

            var (head, headIndex) = HeadNoun(tokens, end);
            // "another wounded": the casualty word after the phrase is its verb, not its noun.
            var person = head is not null && _lex.PersonNouns.Contains(head) && CueAt(tokens, headIndex) is null;
            if (person)
            {
                end = headIndex;
            }
            else if (end == i && tokens[i].Lower != "another")
            {
                continue;
            }

            if (CasualtyCueAround(tokens, i, end) is not { } cue || !figures.Any(f => f.Last < i && f.Cue != cue))
            {
                continue;
            }

            var text = _text[tokens[i].Start..tokens[end].End];
            var property = cue == "deaths" ? ClaimProperty.Deaths : ClaimProperty.Injured;
            AddSlot(property, new QuantityValue(text, 1, 1, unit: person ? head : null), null, index, i, end);
            found.Add((i, end));
            i = end;
        }
    }

    // The casualty cue a coordinated phrase takes: the verb just before it after "and" or a comma ("and critically injuring
    // a third"), or just after it ("and a male co-worker was wounded", "leaving a man wounded", "and another wounded").
    private string? CasualtyCueAround(List<Token> tokens, int first, int last)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            k--;
        }

        if (k >= 1 && CueAt(tokens, k) is { } before && (IsClauseBreak(tokens[k - 1].Lower) ||
            (k >= 2 && tokens[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && IsClauseBreak(tokens[k - 2].Lower))))
        {
            return before;
        }

        var opener = first >= 1 && (IsClauseBreak(tokens[first - 1].Lower) || tokens[first - 1].Lower is "leaving" or "left");
        if (!opener)
        {
            return null;
        }

        for (var j = last + 1; j < tokens.Count && j <= last + 3; j++)
        {
            if (CueAt(tokens, j) is { } after)
            {
                return after;
            }

            if (tokens[j].Lower is not ("was" or "were" or "is" or "has" or "had" or "been" or "also" or "later") &&
                !tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private string? CueAt(List<Token> tokens, int k) =>
        _lex.SlotCues.TryMatch(tokens, k, out _, out var slot) && slot is "deaths" or "injured" && !_lex.IsIrrealis(tokens, k) ? slot : null;

    private static int? OrdinalValue(string word)
    {
        if (OrdinalWords.TryGetValue(word, out var at))
        {
            return at;
        }

        if (word.Length is >= 3 and <= 4 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" &&
            int.TryParse(word.AsSpan(0, word.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return null;
    }

    // ---- details ---------------------------------------------------------------------------------------------------------

    private static readonly HashSet<string> DetailStops = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "for", "after", "with", "by", "from", "and", "but", "while", "when", "as", "before", "because", "who",
        "which", "that", ",", ";", ".", "(", ")", "\"", ":", "?", "!",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "their", "its" };

    // The lexicon's detail slots: the words after a cue ("shot in the head" → wound: head), or the noun phrase that ends in
    // a head noun ("a .38-caliber revolver" → weapon). The subject is the slot and the value's normalized words, so only the
    // same words corroborate.
    private void FillDetails(int index)
    {
        var tokens = _tokens[index];
        var classes = _words[index];
        for (var i = 0; i < tokens.Count; i++)
        {
            // A cue, and a cue around a date, start at a cue's first word; a head is a head noun.
            var cueStart = classes.Is(i, StoryWordClass.DetailCueStart);
            if (cueStart && _lex.DetailCues.TryMatch(tokens, i, out var length, out var slot))
            {
                if (slot.Value is { } said)
                {
                    AddDetail(slot, tokens, i, i + length - 1, index, said);
                    i += length - 1;
                    continue;
                }

                AddDetailAfter(slot, tokens, i + length, index);
                i += length - 1;
                continue;
            }

            // "convicted March 20 of first-degree murder": a date inside a cue does not break it.
            if (cueStart && CueAroundDate(index, tokens, i) is { } split)
            {
                AddDetailAfter(split.Slot, tokens, split.End, index);
                i = split.End - 1;
                continue;
            }

            if (classes.Is(i, StoryWordClass.DetailHead) && tokens[i].IsWord && _lex.DetailHeads.TryGetValue(tokens[i].Lower, out var headSlot))
            {
                var first = i;
                var words = 1;
                for (var k = i - 1; k >= 0 && words < headSlot.Words; k--)
                {
                    var w = tokens[k].Lower;
                    if (Determiners.Contains(w) || DetailStops.Contains(w) && w != "." || (tokens[k].IsWord && NounPhraseStops.Contains(w)))
                    {
                        break;
                    }

                    first = k;
                    words += tokens[k].IsWord ? 1 : 0;
                }

                AddDetail(headSlot, tokens, first, i, index);
            }
        }
    }

    // The words a cue introduces, up to the slot's word count, a stop word or a verb form.
    private void AddDetailAfter(DetailSlot slot, List<Token> tokens, int cueEnd, int index)
    {
        var first = SkipLeadWords(tokens, cueEnd, slot);
        var last = first - 1;
        var words = 0;
        for (var k = first; k < tokens.Count && words < slot.Words && !DetailStops.Contains(tokens[k].Lower) && !(words > 0 && IsDetailEnd(tokens[k])) &&
                            !(words > 0 && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)); k++)
        {
            last = k;
            words += tokens[k].IsWord ? 1 : 0;
        }

        while (last >= first && !tokens[last].IsWord)
        {
            last--;
        }

        AddDetail(slot, tokens, first, last, index);
    }

    // A cue whose first word is followed by a date ("convicted [on] March 20 of …", "charged Tuesday with …"): the cue read
    // without the date, and the token after its last word; null when there is none.
    private (DetailSlot Slot, int End)? CueAroundDate(int index, List<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || i + 2 >= tokens.Count)
        {
            return null;
        }

        var j = tokens[i + 1].Lower is "on" or "in" ? i + 2 : i + 1;
        // A sentence holds at most MaxSentenceTokens tokens, so scanning its mentions stays bounded.
        TemporalMention? date = null;
        var dateStart = tokens[j].Start;
        foreach (var m in _temporalAt[index])
        {
            if (m.Kind == TemporalMentionKind.Date && m.Offset == dateStart)
            {
                date = m;
                break;
            }
        }

        if (date is null)
        {
            return null;
        }

        var after = j;
        while (after + 1 < tokens.Count && tokens[after + 1].Start < date.Offset + date.Length)
        {
            after++;
        }

        var joined = new List<Token>(8) { tokens[i] };
        for (var k = after + 1; k < tokens.Count && k <= after + 6; k++)
        {
            joined.Add(tokens[k]);
        }

        return _lex.DetailCues.TryMatch(joined, 0, out var length, out var slot) && length >= 2 && slot.Value is null
            ? (slot, after + length)
            : null;
    }

    private void AddDetail(DetailSlot slot, List<Token> tokens, int first, int last, int index, string? said = null)
    {
        // "Died of kidney failure Sunday": the day says when, not what.
        while (last >= first && (InsideTime(index, tokens[last]) || tokens[last].Lower is "on" or "at" or "in"))
        {
            last--;
        }

        // "The cause of death was not immediately known", "died of unknown causes": no value to compare.
        if (last < first || (said is null && tokens[first].Lower is "not" or "unknown" or "unclear" or "undetermined" or "undisclosed" or "still" or "yet"))
        {
            return;
        }

        if (slot.IsName && !Enumerable.Range(first, last - first + 1).All(k => tokens[k].IsWord && IsCapitalized(tokens[k])))
        {
            return;
        }

        var text = _text[tokens[first].Start..tokens[last].End];
        var words = said is not null ? [said] : Enumerable.Range(first, last - first + 1).Where(k => tokens[k].IsWord)
            .Select(k => tokens[k].Lower switch { "1st" => "first", "2nd" => "second", "3rd" => "third", var w => w }).ToList();
        var only = slot.Only.IsEmpty ? null : words.FirstOrDefault(w => slot.Only.Any(o => w.StartsWith(o, StringComparison.Ordinal)));
        if (words.Count == 0 || (!slot.Only.IsEmpty && only is null))
        {
            return;
        }

        // One value at a time ("died of pneumonia" against "succumbed to a heart attack"): the subject is the slot, the
        // value's key follows "=", so different keys dispute. A slot with a list of values keys on the one it names.
        // A value that covers any other ("natural causes", "a long illness") is no alternative to one: it never disputes.
        var key = only ?? string.Join(' ', words.Where(w => !Determiners.Contains(w)));
        var subject = slot.Exclusive && !slot.Umbrella.Contains(key)
            ? slot.Name + ExclusiveMark + key
            : slot.Name + ":" + string.Join(' ', words);
        // A slot that names its value ("stabbed to death", "fatally stabbed" → stabbing) claims that value; its span keeps
        // the words.
        AddSlot(ClaimProperty.Detail, new TextValue(said ?? text), subject, index, first, last);
    }

    /// <summary>
    /// The responders' group: the subject of their casualty figures ("two officers were hurt"), kept apart from the toll,
    /// and the finder side of those answering a call ("finder=responders").
    /// </summary>
    public const string ResponderGroup = "responders";

    /// <summary>Separates an exclusive detail slot from its value's key in a subject ("cause=pneumonia").</summary>
    public const char ExclusiveMark = '=';

    // Past determiners and the slot's lead words: "succumbed to complications from a heart attack" → "heart attack".
    private static int SkipLeadWords(List<Token> tokens, int first, DetailSlot slot)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            while (first < tokens.Count && Determiners.Contains(tokens[first].Lower))
            {
                first++;
                moved = true;
            }

            foreach (var phrase in slot.Skip.IsDefault ? [] : slot.Skip)
            {
                if (first + phrase.Length <= tokens.Count && Enumerable.Range(0, phrase.Length).All(j => tokens[first + j].Lower == phrase[j]))
                {
                    first += phrase.Length;
                    moved = true;
                }
            }
        }

        return first;
    }

    // After the value's first word, a figure or a time word ends it: "suffered a heart attack nine days earlier".
    private static bool IsDetailEnd(Token t) =>
        (t.Lower.Length > 0 && char.IsDigit(t.Lower[0])) || NumberWord(t.Lower) ||
        t.Lower is "earlier" or "later" or "ago" or "last" or "this" or "yesterday" or "today" or "tonight" or "days" or "weeks" or "months" or
            "more" or "less" or "than" or "about" or "almost" or "nearly" or "just";

    // The one person a sentence names, if exactly one.
    private string? NamedInSentence(int index)
    {
        string? found = null;
        foreach (var n in _namesAt[index])
        {
            if (n.IsPlace || IsListener(_tokens[index], n.First))
            {
                continue;
            }

            if (found is not null && found != n.Written)
            {
                return null;
            }

            found = n.Written;
        }

        return found;
    }

    // The one told ("a neighbour told the station's Tom Reyes", "told reporter Ann Lee"): a listener, not a party to the story.
    private static bool IsListener(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            if (tokens[k].Lower is "told" or "tells" or "telling")
            {
                return true;
            }

            if (!tokens[k].IsWord && tokens[k].Lower != "'s")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The subject qualifier of a person the sentence describes by age alone ("age=36" for "a 36-year-old climber").</summary>
    public const string AgeQualifier = "age=";

    // "Yesterday, a 36-year-old Australian climber died": a person the sentence names by age only, as "age=36", which
    // reconciliation reads as the one person of the story given that age; null when the sentence names anyone or gives
    // no such age, or two.
    private string? DescribedAge(int index)
    {
        var tokens = _tokens[index];
        string? found = null;
        for (var i = 1; i + 4 < tokens.Count; i++)
        {
            if (tokens[i - 1].Lower is not ("a" or "an" or "the") || !IsSmallInteger(tokens[i], 1, 119, out var age) || YearOldLength(tokens, i) != 4 ||
                _namesAt[index].Any(n => !n.IsPlace && n.First > i + 4 && n.First <= i + 7))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = AgeQualifier + age.ToString(CultureInfo.InvariantCulture);
        }

        return found;
    }

    // ---- counts, casualties and measures ------------------------------------------------------------------------------------

    // "Two of the three victims died": the figure after "of the" is the whole a counted part is taken from, not a figure of
    // its own (the part, "two", carries the clause's cue).
    private bool PartitiveWhole(int index, int first)
    {
        var tokens = _tokens[index];
        if (first < 3 || tokens[first - 1].Lower != "the" || tokens[first - 2].Lower != "of")
        {
            return false;
        }

        var partStart = tokens[first - 3].Start;
        foreach (var other in _quantitiesAt[index])
        {
            if (other.Offset <= partStart && partStart < other.Offset + other.Length)
            {
                return true;
            }
        }

        return false;
    }

    private void FillQuantities(int index, List<(int First, int Last)> times)
    {
        var tokens = _tokens[index];
        foreach (var q in _quantitiesAt[index])
        {
            if (q.Min is null && q.Max is null)
            {
                continue;
            }

            var (first, last) = SpanOf(tokens, q.Offset, q.Length);
            if (first < 0 || last < first || times.Any(s => s.First <= last && first <= s.Last) || InsideDate(q, index) ||
                IsYearLike(q) || IsAgeOrScore(tokens, first, last) || PartitiveWhole(index, first))
            {
                continue;
            }

            if (RelativeDistance(tokens, last) is { } away)
            {
                // "three houses from the scene", "five buildings away", "a few doors away": where something happened, told as a
                // distance counted in buildings from the scene — a place, compared by its count.
                var predicate = PredicateOf(tokens, first, -1) ?? VerbBefore(tokens, first, 15);
                var person = PersonBefore(index, first, 12);
                var text = _text[tokens[first].Start..tokens[away].End];
                AddSlot(ClaimProperty.Place, new QuantityValue(text, q.Min, q.Max, q.Approximate, "buildings"),
                    "buildings/" + predicate + (person is null ? "" : "/" + person), index, first, away);
                continue;
            }

            if (MeasureOf(q, tokens, last, out var unitEnd) is { } unit)
            {
                if (unit.Dimension == "duration" && (Is(tokens, unitEnd + 1, "ago") || Is(tokens, unitEnd + 1, "old")))
                {
                    continue;
                }

                // "an 86-yard run" measures the thing the noun after it names; "the 27-yard line" is a position, not a measure.
                var compound = q.Text.Contains('-', StringComparison.Ordinal) || Is(tokens, unitEnd, "-") || Is(tokens, last + 1, "-");
                var predicate = PredicateOf(tokens, first, compound ? unitEnd : -1);
                // "had 352 yards rushing", "finished with 90 yards passing": a gerund after the unit names the act.
                if (predicate is null && !compound && unitEnd + 1 < tokens.Count && tokens[unitEnd + 1].IsWord &&
                    tokens[unitEnd + 1].Lower is { Length: > 5 } gerund && gerund.EndsWith("ing", StringComparison.Ordinal))
                {
                    predicate = _lex.Lemma(gerund);
                }

                if (compound && predicate is not null && _lex.PositionNouns.Contains(predicate))
                {
                    continue;
                }
                // "at least nine quarterbacks threw for 300 yards": a figure of each of a counted many is no one's figure;
                // "one of the cables is 40,000 km long": a figure of one member is not the story's.
                if (unit.Dimension != "magnitude" && (CountedSubjectBefore(index, tokens, first) || MemberSubjectBefore(tokens, first)))
                {
                    continue;
                }

                // A share is of something, not someone's; a weight is a person's whatever the verb ("weighing", "5-foot-8, 135 pounds").
                var person = unit.Dimension == "share" ? null
                    : PersonBefore(index, first, 12) ?? SolePersonBefore(index, first) ?? PersonOfPronoun(index, first) ?? TeamBefore(tokens, first);
                // A quake has one magnitude and one depth whatever the verb ("struck", "shook"): "at a depth of 10 km", "10 km
                // deep", "10 km below the surface".
                var depth = unit.Dimension == "distance" && (DepthBefore(tokens, first) || Is(tokens, unitEnd + 1, "deep") ||
                                                             (Is(tokens, unitEnd + 1, "below") && Is(tokens, unitEnd + 3, "surface")) ||
                                                             Is(tokens, unitEnd + 1, "underground"));
                var subjectParts = depth ? "depth" : unit.Dimension switch { "share" => ShareOf(tokens, first, unitEnd), "weight" or "magnitude" => "", _ => predicate };
                if (subjectParts is null)
                {
                    continue;
                }

                var text = _text[tokens[first].Start..tokens[Math.Max(unitEnd, last)].End];
                var value = new QuantityValue(text, q.Min, q.Max, q.Approximate, UnitText(tokens, last, unitEnd, q));
                AddSlot(ClaimProperty.Measure, value,
                    unit.Dimension + "/" + subjectParts + (person is null ? "" : "/" + person), index, first, unitEnd);
                continue;
            }

            // "23 Somali and Yemeni pirates", "12 Somali and 11 Yemeni pirates", "23 Somalian pirates": the nationalities of a
            // counted group, one detail; "23 Somali and Yemeni pirates" then counts the pirates, not the Somalis.
            if (GroupNationality(index, tokens, first, last))
            {
                continue;
            }

            // "12 Somali and 11 Yemeni pirates", "12 Somalis": people counted by nationality, the demonym the gazetteer knows,
            // when it ends the phrase ("22 Yemeni fishermen" counts fishermen).
            if (q.Min == q.Max && q.Min is >= 2 and < 10_000 && last + 1 < tokens.Count && tokens[last + 1].IsWord && IsCapitalized(tokens[last + 1]) &&
                IsDemonym(tokens[last + 1]) && !CodeLike(q) &&
                (last + 2 >= tokens.Count || tokens[last + 2].Lower is "and" or "," or "." or ")" or ";" || FrameLexicon.Singular(tokens[last + 1].Lower) != tokens[last + 1].Lower))
            {
                var nationality = FrameLexicon.Singular(tokens[last + 1].Lower);
                var predicate = PredicateOf(tokens, first, -1);
                AddSlot(ClaimProperty.Count, new QuantityValue(_text[tokens[first].Start..tokens[last + 1].End], q.Min, q.Max, q.Approximate, nationality),
                    "count:" + nationality + "/" + (predicate ?? ""), index, first, last + 1);
                continue;
            }

            var phrase = HeadNoun(tokens, last);
            if (IsEnumerationPart(tokens, first, phrase) || IsPartOfWhole(tokens, first, last))
            {
                continue;
            }

            var (head, headIndex) = q.Unit is { } taggedUnit && string.Equals(tokens[last].Lower, taggedUnit, StringComparison.OrdinalIgnoreCase)
                ? (tokens[last].Lower, last)
                : phrase;
            var cue = CueNear(tokens, first, Math.Max(last, headIndex));
            if (cue == Irrealis)
            {
                continue;
            }

            // "two deaths", "three fatalities": the noun counts the dead itself.
            if (head is "death" or "deaths" or "fatality" or "fatalities" && q.Min == q.Max && !CodeLike(q))
            {
                AddSlot(ClaimProperty.Deaths, new QuantityValue(_text[tokens[first].Start..tokens[headIndex].End], q.Min, q.Max, q.Approximate, head),
                    null, index, first, headIndex);
                continue;
            }

            if ((head is null || _lex.PersonNouns.Contains(head)) && cue is not null && !CodeLike(q))
            {
                var valueText = _text[tokens[first].Start..tokens[Math.Max(last, headIndex)].End];
                AddPeople(index, new QuantityValue(valueText, q.Min, q.Max, q.Approximate, head), cue, first, Math.Max(last, headIndex));
            }
            else if (head is not null && _lex.PersonNouns.Contains(head) && cue is null && q.Min is >= 2 and < 100_000 && !CodeLike(q))
            {
                // "About 100 people were in the building", "seven other workers were hiding": a tally of people, no casualty.
                var valueText = _text[tokens[first].Start..tokens[Math.Max(last, headIndex)].End];
                var predicate = PredicateOf(tokens, first, headIndex);
                AddSlot(ClaimProperty.Count, new QuantityValue(valueText, q.Min, q.Max, q.Approximate, head),
                    StorySubjects.TallyPrefix + "person/" + (predicate ?? ""), index, first, Math.Max(last, headIndex));
            }
            else if (head is not null && head is not ("times" or "time") && !_lex.PersonNouns.Contains(head) && q.Min == q.Max && q.Min is >= 1 and < 10_000 &&
                     (q.Min == 1 || FrameLexicon.Singular(head) != head) && !CodeLike(q) && !MemberSubjectBefore(tokens, first))
            {
                var valueText = _text[tokens[first].Start..tokens[headIndex].End];
                var predicate = PredicateOf(tokens, first, headIndex);
                var noun = _lex.CountedNoun(head);
                var person = PersonBefore(index, first, 12);
                // "six rifles and two machine guns", "four other rifles": a second group of the same class is a part of
                // what was counted, not another total of it.
                var group = noun;
                if (OtherGroup(tokens, first, headIndex, index, noun))
                {
                    group = noun + OtherGroupMark;
                    if (first > 0 && tokens[first - 1].Lower is "and" or "," && _counted.TryGetValue((index, noun), out var earlier))
                    {
                        predicate = earlier; // "seized six rifles and two machine guns": both were seized
                    }
                }
                else
                {
                    _counted[(index, noun)] = predicate;
                }

                AddSlot(ClaimProperty.Count, new QuantityValue(valueText, q.Min, q.Max, q.Approximate, noun),
                    "count:" + group + "/" + (predicate ?? "") + (person is null ? "" : "/" + person), index, first, headIndex);
            }
        }
    }

    // A figure of people with its clause's cue: a death toll, a number injured, or a count under the cue ("arrested/pirate").
    private void AddPeople(int index, QuantityValue value, string cue, int first, int last)
    {
        var property = cue switch { "deaths" => ClaimProperty.Deaths, "injured" => ClaimProperty.Injured, _ => ClaimProperty.Count };
        // Responders hurt or killed ("two officers suffered minor injuries") are a group of their own, not the toll: they
        // compare with other outlets' figures for responders only.
        var subject = property == ClaimProperty.Count ? cue + "/" + FrameLexicon.Singular(value.Unit ?? "person")
            : value.Unit is { } unit && _lex.IsResponder(unit) ? ResponderGroup
            : null;
        AddSlot(property, value, subject, index, first, last);
    }

    // ".357 Magnum", "$5", "#2", "911": a number glued to a sign is a code, a calibre or money, not a count.
    private bool CodeLike(QuantityMention q) =>
        q.Offset > 0 && _text[q.Offset - 1] is '.' or '$' or '#' or '£' or '€' || q.Text.Length >= 3 && q.Text[0] == '9' && q.Text.StartsWith("911", StringComparison.Ordinal);

    // A time phrase starts at token j, or after "on"/"at" there: "in Tonleyham on Monday", "in Fordwick last week".
    private bool TimeFollows(int index, List<Token> tokens, int j) =>
        j < tokens.Count && (InsideTime(index, tokens[j]) || (tokens[j].Lower is "on" or "at" && j + 1 < tokens.Count && InsideTime(index, tokens[j + 1])));

    // A token inside one of its sentence's temporal mentions.
    private bool InsideTime(int index, Token token)
    {
        foreach (var m in _temporalAt[index])
        {
            if (m.Offset <= token.Start && token.End <= m.Offset + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool InsideDate(QuantityMention q, int sentence)
    {
        foreach (var m in _temporalAt[sentence])
        {
            if (m.Offset < q.Offset + q.Length && q.Offset < m.Offset + m.Length && m.Kind != TemporalMentionKind.Duration)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearLike(QuantityMention q) =>
        q.Unit is null && q.Min == q.Max && q.Min is >= 1800 and <= 2100 && !q.Text.Contains(',', StringComparison.Ordinal);

    // "35-year-old", "35 years old", "27-20", "10-5 record", "No. 2": not counts.
    private static bool IsAgeOrScore(List<Token> tokens, int first, int last) =>
        (Is(tokens, last + 1, "-") && (IsDigitToken(tokens, last + 2) || Is(tokens, last + 2, "year") || Is(tokens, last + 2, "years"))) ||
        (Is(tokens, last + 1, "and") && IsDigitToken(tokens, last + 2) && IsAgeOrScore(tokens, last + 2, last + 2)) ||
        (first >= 2 && Is(tokens, first - 1, "-") && IsDigitToken(tokens, first - 2)) ||
        (Is(tokens, last + 1, "years") && Is(tokens, last + 2, "old")) ||
        (first >= 1 && tokens[first - 1].Lower is "no" or "number" or "#" or "page" or "route" or "flight" or "$");

    private MeasureUnit? MeasureOf(QuantityMention q, List<Token> tokens, int last, out int unitEnd)
    {
        unitEnd = last;
        if (q.Unit is { } u && _lex.Units.TryMatch(ClaimTokenizer.Tokenize(u, 0, u.Length), 0, out _, out var fromTagger))
        {
            return fromTagger;
        }

        // A unit glued to the figure ("60m", "2,000ft", "7.62mm").
        var text = q.Text.TrimEnd();
        var letters = text.Length - text.AsSpan().TrimEnd("abcdefghijklmnopqrstuvwxyz").Length;
        if (letters > 0 && q.Text.Length > letters && char.IsDigit(text[^(letters + 1)]) &&
            _lex.Units.TryMatch([new Token(0, letters, text[^letters..].ToLowerInvariant(), true)], 0, out _, out var glued))
        {
            return glued;
        }

        // A figure that counts people ("two guards") takes no unit further on ("two guards came weeks after").
        if (q.Unit is { } counted && _lex.PersonNouns.Contains(counted.ToLowerInvariant()))
        {
            return null;
        }

        // The unit may follow the number, directly or after one modifier ("4,183 passing yards", "150 nautical miles").
        for (var k = last + 1; k <= last + 2 && k < tokens.Count; k++)
        {
            if (_lex.Units.TryMatch(tokens, k, out var length, out var unit))
            {
                unitEnd = k + length - 1;
                return unit;
            }

            if (!tokens[k].IsWord)
            {
                break;
            }
        }

        // A magnitude is written before its figure ("a magnitude 6.1 earthquake", "magnitude-6.1") or after it with its
        // scale ("6.1 on the Richter scale").
        var firstToken = tokens.FindIndex(t => t.Start == q.Offset);
        var before = firstToken > 0 && tokens[firstToken - 1].Lower == "-" ? firstToken - 2 : firstToken - 1;
        if (before >= 0 && _lex.Units.TryMatch(tokens, before, out var beforeLength, out var prefixed) && before + beforeLength == firstToken &&
            prefixed.Dimension == "magnitude")
        {
            return prefixed;
        }

        if (Is(tokens, last + 1, "on") && Is(tokens, last + 2, "the") && last + 4 < tokens.Count && tokens[last + 4].Lower == "scale" &&
            _lex.Units.TryMatch([new Token(0, 9, "magnitude", true)], 0, out _, out var scaleUnit))
        {
            unitEnd = last + 4;
            return scaleUnit;
        }

        return null;
    }

    // "at a depth of 10 km", "a depth of about 10 km": the figure measures how deep.
    private static bool DepthBefore(List<Token> tokens, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - 3; k--)
        {
            if (tokens[k].Lower == "of" && tokens[k - 1].Lower == "depth")
            {
                return true;
            }
        }

        return false;
    }

    private string UnitText(List<Token> tokens, int last, int unitEnd, QuantityMention q) =>
        q.Unit ?? (unitEnd > last ? string.Join(' ', Enumerable.Range(last + 1, unitEnd - last).Select(k => tokens[k].Lower)) : "");

    // What a share is of: the first capitalized word after it in the clause ("65% of traffic to India" → india), else the
    // noun after "of".
    private string? ShareOf(List<Token> tokens, int first, int unitEnd)
    {
        // A change: "services in Egypt were down by 80 percent, in India by 65 percent" — the name before "by" in its clause.
        if (Is(tokens, first - 1, "by"))
        {
            for (var k = first - 2; k > 0 && k >= first - 8 && !IsClauseBreak(tokens[k].Lower); k--)
            {
                if (tokens[k].IsWord && IsCapitalized(tokens[k]) && !_lex.NameStops.Contains(tokens[k].Lower))
                {
                    return tokens[k].Lower;
                }
            }
        }

        string? noun = null;
        for (var k = unitEnd + 1; k < tokens.Count && k <= unitEnd + 10; k++)
        {
            var t = tokens[k];
            if (t.Lower is ";" or "." or "but")
            {
                break;
            }

            if (t.IsWord && IsCapitalized(t) && !_lex.NameStops.Contains(t.Lower))
            {
                return t.Lower;
            }

            if (noun is null && k > unitEnd + 1 && tokens[k - 1].Lower == "of" && t.IsWord && !NounPhraseStops.Contains(t.Lower))
            {
                noun = t.Lower;
            }
        }

        return noun;
    }

    // The predicate a figure belongs to: the noun after a compound ("86-yard run" → run) or the nearest verb before it.
    private string? PredicateOf(List<Token> tokens, int first, int compoundEnd)
    {
        if (compoundEnd >= 0)
        {
            for (var k = compoundEnd + 1; k < tokens.Count && k <= compoundEnd + 3; k++)
            {
                if (tokens[k].IsWord && !NounPhraseStops.Contains(tokens[k].Lower))
                {
                    // "cables running across the sea", "cables damaged off Sicily": the participle is the predicate.
                    if (IsParticiple(tokens[k].Lower))
                    {
                        return _lex.Lemma(tokens[k].Lower);
                    }

                    if (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || NounPhraseStops.Contains(tokens[k + 1].Lower))
                    {
                        return _lex.Lemma(tokens[k].Lower);
                    }
                }
                else
                {
                    break;
                }
            }
        }

        for (var k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            var w = tokens[k].Lower;
            if (!tokens[k].IsWord)
            {
                if (w is "," or ";" or "(")
                {
                    break;
                }

                continue;
            }

            // A capitalized word inside the sentence is a name ("hospitalized in Los Angeles for four weeks"), not the verb.
            if (k > 0 && IsCapitalized(tokens[k]))
            {
                continue;
            }

            var lemma = _lex.Lemma(w);
            if (lemma != w || w.EndsWith("ed", StringComparison.Ordinal) || _lex.Triggers.TryMatch(tokens, k, out _, out _))
            {
                return lemma is "be" or "have" ? null : lemma;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> BuildingNouns =
        new[] { "house", "houses", "door", "doors", "building", "buildings", "home", "homes" }.ToFrozenSet(StringComparer.Ordinal);

    // The building noun ending a relative distance after the figure ("three houses from", "five buildings away", "two doors
    // down"), or null.
    private static int? RelativeDistance(List<Token> tokens, int last)
    {
        var k = BuildingNouns.Contains(tokens[last].Lower) ? last : last + 1;
        if (k < tokens.Count && BuildingNouns.Contains(tokens[k].Lower) && k + 1 < tokens.Count &&
            tokens[k + 1].Lower is "away" or "from" or "down" or "up")
        {
            return k;
        }

        return null;
    }

    // The nearest verb before a token across commas ("was arrested around midnight by a SWAT team, three houses from …").
    private string? VerbBefore(List<Token> tokens, int first, int window)
    {
        for (var k = first - 1; k >= 0 && k >= first - window && tokens[k].Lower is not (";" or "."); k--)
        {
            if (!tokens[k].IsWord || IsCapitalized(tokens[k]))
            {
                continue;
            }

            var lemma = _lex.Lemma(tokens[k].Lower);
            if ((lemma != tokens[k].Lower || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)) && lemma is not ("be" or "have"))
            {
                return lemma;
            }
        }

        return null;
    }

    // "1 of 13 passes", "13 of 20", "his last 6 passes", "the first three games": a part or a ratio, not a total.
    private static bool IsPartOfWhole(List<Token> tokens, int first, int last) =>
        (Is(tokens, first - 1, "of") && first >= 2 && (IsDigitToken(tokens, first - 2) || NumberWord(tokens[first - 2].Lower))) ||
        (Is(tokens, last + 1, "of") && (IsDigitToken(tokens, last + 2) || (last + 2 < tokens.Count && NumberWord(tokens[last + 2].Lower)))) ||
        (first >= 1 && tokens[first - 1].Lower is "last" or "first" or "next" or "final");

    // "a woman and two men", "two men and a woman": parts of an enumeration are not totals.
    private bool IsEnumerationPart(List<Token> tokens, int first, (string? Head, int Index) phrase)
    {
        if (first >= 2 && tokens[first - 1].Lower is "and" or "," && _lex.PersonNouns.Contains(tokens[first - 2].Lower))
        {
            return true;
        }

        var (head, headIndex) = phrase;
        return head is not null && Is(tokens, headIndex + 1, "and") && headIndex + 2 < tokens.Count &&
               (tokens[headIndex + 2].Lower is "a" or "an" or "one" || IsDigitToken(tokens, headIndex + 2) ||
                NumberWord(tokens[headIndex + 2].Lower)) &&
               headIndex + 3 < tokens.Count && _lex.PersonNouns.Contains(tokens[headIndex + 3].Lower);
    }

    private static bool NumberWord(string w) => w is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    // The head noun of the phrase after a number: up to four words (hyphen-joined words count as one), ending before a
    // function word or punctuation.
    private (string? Head, int Index) HeadNoun(List<Token> tokens, int last)
    {
        string? head = null;
        var index = last;
        var words = 0;
        for (var k = last + 1; k < tokens.Count && words < 4; k++)
        {
            var t = tokens[k];
            if (t.Lower == "-" && k + 1 < tokens.Count && tokens[k + 1].Start == t.End && t.Start == tokens[k - 1].End)
            {
                continue;
            }

            // "35 KO's": an apostrophe plural of a capitalized abbreviation.
            if (t.Lower == "'s" && head is not null && t.Start == tokens[k - 1].End && Word(tokens[k - 1]).All(char.IsUpper))
            {
                head += "s";
                index = k;
                break;
            }

            if (!t.IsWord || NounPhraseStops.Contains(t.Lower) || t.Lower == "'s" || _lex.SlotCues.TryMatch(tokens, k, out _, out _) && head is not null)
            {
                break;
            }

            // A participle after the noun modifies it: "four submarine cables running across the sea", "three cables cut".
            if (head is not null && IsParticiple(t.Lower) && FrameLexicon.Singular(head) != head)
            {
                break;
            }

            head = t.Lower;
            index = k;
            words++;
            if (_lex.PersonNouns.Contains(t.Lower) && !(k + 1 < tokens.Count && _lex.PersonNouns.Contains(tokens[k + 1].Lower)))
            {
                break;
            }
        }

        return (head, index);
    }

    // The slot named by the casualty cue nearest to a figure within its clause.
    private const string Irrealis = "~irrealis";

    private string? CueNear(List<Token> tokens, int first, int last)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // A cue does not reach across a coordination or a clause break: "killed and five were injured".
        var lo = ClauseStart(tokens, first, CueWindow);

        for (var k = lo; k < tokens.Count && k <= last + CueWindow; k++)
        {
            if (k > last && BreaksAt(tokens, k))
            {
                break;
            }

            if (k >= first && k <= last)
            {
                continue;
            }

            if (_lex.SlotCues.TryMatch(tokens, k, out var length, out var slot))
            {
                var distance = k > last ? k - last : first - (k + length - 1);
                if (distance < bestDistance && (_frame is null || _frame.Declares(slot) || slot is "deaths" or "injured"))
                {
                    // "Intended to kill one other person": an act that did not happen has no figure.
                    (best, bestDistance) = (_lex.IsIrrealis(tokens, k) ? Irrealis : slot, distance);
                }

                k += length - 1;
            }
        }

        return best;
    }

    // The first token of the clause a token stands in, looking back at most a window of tokens.
    private static int ClauseStart(List<Token> tokens, int first, int window)
    {
        var start = first;
        while (start > 0 && first - start < window && !BreaksAt(tokens, start - 1))
        {
            start--;
        }

        return start;
    }

    // The tokens a mention covers (its first and last), -1 when none.
    private static (int First, int Last) SpanOf(List<Token> tokens, int offset, int length)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= offset)
        {
            first++;
        }

        var last = tokens.Count - 1;
        while (last >= 0 && tokens[last].Start >= offset + length)
        {
            last--;
        }

        return (first < tokens.Count ? first : -1, last);
    }

    private static bool IsClauseBreak(string token) => token is ";" or ":" or "," or "and" or "but" or "while" or "." or "or";

    private static bool IsParticiple(string word) =>
        word.Length > 5 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    // A clause break, or a dash set off by a space ("shot three co-workers — killing two"), unlike a hyphen ("co-workers").
    private static bool BreaksAt(List<Token> tokens, int k) =>
        IsClauseBreak(tokens[k].Lower) ||
        (tokens[k].Lower == "-" && ((k > 0 && tokens[k - 1].End < tokens[k].Start) || (k + 1 < tokens.Count && tokens[k + 1].Start > tokens[k].End)));

    // ---- helpers --------------------------------------------------------------------------------------------------------

    // A figure is background when its sentence is (an old date, a marker at its head) or when a marker ("another",
    // "previous") stands in the figure's own clause: "captured 23 pirates … and thwarted another attack" keeps the 23.
    private string Past(int sentence, string? subject, int first = -1, int last = -1) =>
        InBackground(sentence, first, last) ? StorySubjects.PastPrefix + (subject ?? "story") : subject!;

    private bool InBackground(int sentence, int first, int last)
    {
        var (whole, markers) = _background[sentence];
        if (whole || (first < 0 && markers.Count > 0))
        {
            return true;
        }

        var tokens = _tokens[sentence];
        foreach (var marker in markers)
        {
            // A marker inside the figure is its head, not its scene: "two killed and another wounded".
            if (first <= marker && marker <= last)
            {
                continue;
            }

            // "The shooting came just weeks after a driver … fatally shot eight people, then himself": a clause that an
            // "after a" marker opens in mid-sentence runs to the sentence's end, commas and all.
            if (Is(tokens, marker + 1, "after"))
            {
                // … and what comes before it is the main clause, the story's own: "Thursday's shooting came weeks after a …".
                if (marker < first)
                {
                    return true;
                }

                continue;
            }

            // A marker after the figure in a clause that "after", "before" or "following" opens speaks for that clause only:
            // "recovered on Sunday afternoon after previous attempts failed" keeps Sunday the story's.
            var (from, to) = marker < first ? (marker, first) : (last, marker);
            var broken = false;
            for (var k = from + 1; k < to && !broken; k++)
            {
                broken = BreaksAt(tokens, k) || (marker > last && tokens[k].Lower is "after" or "before" or "following");
            }

            if (!broken)
            {
                return true;
            }
        }

        return false;
    }

    // A story claim read at tokens first..last of the sentence at index, its subject set in the past when that clause is
    // background ("past:…").
    private void AddSlot(ClaimProperty property, ClaimValue value, string? subject, int index, int first, int last) =>
        Add(property, value, Past(index, subject, first, last), index, first, last);

    // A story claim; the value was read at tokens first..last of the sentence at index (its words, or the phrase that
    // tells it when the value is composed: "aged 30 and 45").
    private void Add(ClaimProperty property, ClaimValue value, string? subject, int index, int first, int last)
    {
        var sentence = _article.Sentences[index];
        subject = string.IsNullOrWhiteSpace(subject) ? null : subject;
        if (!_seen.Add((property, subject, value.ToString())))
        {
            return;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{_article.Id}/s{_claims.Count + 1}");
        _claims.Add(new Claim(id, StoryExtractor.StoryEventId, property, _article.Id, value, Attribution.Outlet, Factuality.Fact,
            _sentenceTokens.Evidence(sentence.Offset, sentence.Text), subject, ValueSpan(value.Text, sentence, index, first, last)));
    }

    // Where the value's words are: at the hint when they start there, else their occurrence in the sentence nearest to the
    // hint, else the hinted tokens themselves (a composed value such as "30 and 45").
    private Evidence? ValueSpan(string text, Sentence sentence, int index, int first, int last)
    {
        var tokens = _tokens[index];
        if (first < 0 || first >= tokens.Count)
        {
            return null;
        }

        var hint = tokens[first].Start;
        if (text.Length > 0)
        {
            if (_text.AsSpan(hint).StartsWith(text, StringComparison.Ordinal))
            {
                return ValueSpans.Of(_article, text, hint, text.Length);
            }

            var best = -1;
            var within = _text.AsSpan(sentence.Offset, sentence.Text.Length);
            for (var at = within.IndexOf(text, StringComparison.Ordinal); at >= 0;)
            {
                var offset = sentence.Offset + at;
                if (best < 0 || Math.Abs(offset - hint) < Math.Abs(best - hint))
                {
                    best = offset;
                }

                var next = within[(at + 1)..].IndexOf(text, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }

            if (best >= 0)
            {
                return ValueSpans.Of(_article, text, best, text.Length);
            }
        }

        var end = tokens[Math.Clamp(last, first, tokens.Count - 1)].End;
        return ValueSpans.Of(_article, hint, end - hint);
    }

    private string Word(Token t) => _text[t.Start..t.End];

    private bool IsCapitalized(Token t) => char.IsUpper(_text[t.Start]);

    private static bool Is(List<Token> tokens, int i, string lower) => i >= 0 && i < tokens.Count && tokens[i].Lower == lower;

    private static bool IsDigitToken(List<Token> tokens, int i) => i >= 0 && i < tokens.Count && tokens[i].Lower.Length > 0 && char.IsDigit(tokens[i].Lower[0]);

    private static bool IsSmallInteger(Token t, int min, int max, out int value)
    {
        value = 0;
        return t.IsWord && t.Lower.Length <= 3 && AllAsciiDigits(t.Lower) &&
               int.TryParse(t.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    /// <summary>The lower-case forms of <paramref name="count"/> tokens from <paramref name="first"/>, joined by spaces.</summary>
    private static string JoinLower(List<Token> tokens, int first, int count)
    {
        if (count <= 0)
        {
            return string.Empty;
        }

        if (count == 1)
        {
            return tokens[first].Lower;
        }

        var builder = new System.Text.StringBuilder(tokens[first].Lower);
        for (var z = first + 1; z < first + count; z++)
        {
            builder.Append(' ').Append(tokens[z].Lower);
        }

        return builder.ToString();
    }

    private static bool HasDigits(string s)
    {
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllAsciiDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max].TrimEnd() + "…";
}
