using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Claims;
using NewsEvents.Internal;
using NodaTime;

namespace NewsEvents.Reconciliation;

/// <summary>
/// Infers reference dates for articles without a usable one (basis None, or no day), after metadata and the dateline:
/// first from the cluster of articles that report the same events, then as a year bound from absolute dates in the text.
/// </summary>
/// <remarks>
/// Cluster inference applies only to an article that has at least one anchored date (a weekday or a relative day such as
/// "last Saturday"), since only those depend on the reference date. Candidates are the single-day dates that dated articles
/// give to the events the article shares with them, each ±1 day. The article is analyzed once with the first candidate;
/// for every other candidate only its temporal mentions are tagged again and that analysis's dates move to them (each
/// claim's value span names the mention it was read from); the winner is analyzed once more when it is not the first.
/// Dated partners that are copies of one another (a wire story) are scored once and counted as many. Each candidate is
/// scored: +1 for every date claim that agrees with a dated article's date for a shared event, −1 for
/// every one that conflicts (events are matched by type, participants and place, ignoring time, since time is what is
/// being tested). The best score wins; ties go to the earliest candidate not before the latest absolute date the article
/// itself writes. The story events of two articles that report one story compare their story dates slot by slot. When
/// nothing links, the text bound applies: the year of the latest absolute date written with its year becomes the
/// reference year (basis Inferred, no day), since an article is not older than the dates it reports.
/// Before all that, an undated article that writes a weekday with a day of a month ("Thursday, December 11") is dated by
/// the first year, from the latest absolute date of its story on, in which that day is that weekday; so a corpus in which
/// no article is dated can still date itself.
/// </remarks>
internal static class ReferenceDateInference
{
    private const int MaxCandidates = 15;

    // The partners an inferred reference date's evidence names; it counts the others.
    private const int MaxEvidencePartners = 10;

    public static bool NeedsDate(Article article) => article.ReferenceDate.Basis == ReferenceDateBasis.None || article.ReferenceDate.Date is null;

    public static List<ArticleAnalysis> Infer(List<ArticleAnalysis> analyses, EventLinker linker, Func<Article, ArticleAnalysis> reanalyze,
        EntityDirectory entities, Func<Article, ImmutableArray<TemporalMention>>? timesOf = null, int maxDegreeOfParallelism = 1)
    {
        if (!analyses.Any(a => NeedsDate(a.Article)))
        {
            return analyses;
        }

        if (analyses.Any(a => NeedsDate(a.Article) && Pins(a).Count > 0))
        {
            analyses = PinWeekdayDates(analyses, linker, reanalyze);
        }

        if (!analyses.Any(a => !NeedsDate(a.Article)))
        {
            return analyses;
        }

        var (first, membersByLinked) = LinkFirst(analyses, linker);

        var keys = new Keys();
        var fitting = new FittingDates();

        // The memos below are filled on demand from several threads (each article's partners are collected on every
        // core): a value computed twice at once is computed alike, and the first stored is kept. Keys are numbered for
        // equality only, so the numbering order does not matter.

        // Each dated article's event dates, read from its claims once (an article has hundreds of events and claims).
        var datesByArticle = new ConcurrentDictionary<ArticleAnalysis, EventDates>(ReferenceEqualityComparer.Instance);
        EventDates DatesIn(ArticleAnalysis a) =>
            datesByArticle.TryGetValue(a, out var found) ? found : datesByArticle.GetOrAdd(a, new EventDates(a).NumberedBy(keys));

        // Each linked event's dated members (by article id, once each) and the single days they give, read once per linked
        // event rather than once per undated article that shares it.
        var groups = new ConcurrentDictionary<string, (List<ArticleAnalysis> Dated, List<LocalDate> Days)>(StringComparer.Ordinal);
        (List<ArticleAnalysis> Dated, List<LocalDate> Days) GroupOf(string linkedId)
        {
            if (groups.TryGetValue(linkedId, out var group))
            {
                return group;
            }

            var dated = new List<ArticleAnalysis>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var days = new SortedSet<LocalDate>();
            var times = new List<TemporalValue>();
            foreach (var (other, otherEvent) in membersByLinked[linkedId])
            {
                if (NeedsDate(other.Article))
                {
                    continue;
                }

                if (seen.Add(other.Article.Id))
                {
                    dated.Add(other);
                }

                times.Clear();
                DatesIn(other).AddTo(times, otherEvent);
                foreach (var time in times)
                {
                    if (time.Start == time.End)
                    {
                        days.Add(time.Start);
                    }
                }
            }

            return groups.GetOrAdd(linkedId, (dated, days.ToList()));
        }

        // Each partner's linked story event, looked up once.
        var storyOfArticle = new ConcurrentDictionary<ArticleAnalysis, string?>(ReferenceEqualityComparer.Instance);
        string? StoryOf(ArticleAnalysis a) =>
            storyOfArticle.TryGetValue(a, out var found)
                ? found
                : storyOfArticle.GetOrAdd(a, first.TryGetLinked(a.Article.Id, StoryExtractor.StoryEventId, out var story) ? story.Id : null);

        // Each partner's story dates, read once (they do not depend on the article they are compared with).
        var storyByArticle = new ConcurrentDictionary<ArticleAnalysis, (Dictionary<string, List<TemporalValue>> Dates, int KeyId)>(
            ReferenceEqualityComparer.Instance);
        (Dictionary<string, List<TemporalValue>> Dates, int KeyId) StoryDatesOf(ArticleAnalysis a)
        {
            if (storyByArticle.TryGetValue(a, out var found))
            {
                return found;
            }

            var dates = StoryDates(a);
            foreach (var slot in dates.Values)
            {
                if (slot.Exists(t => t.Start == t.End))
                {
                    slot.RemoveAll(t => t.Start != t.End);
                }
            }

            return storyByArticle.GetOrAdd(a, (dates, keys.IdOf(KeyOf(dates))));
        }

        // Each article's position, so that collecting an article's partners marks positions instead of inserting ids into a
        // sorted map: in a hot story every event of an undated article is linked to the same hundreds of dated articles.
        var position = new Dictionary<ArticleAnalysis, int>(analyses.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < analyses.Count; i++)
        {
            position[analyses[i]] = i;
        }

        var idOrder = true;
        for (var i = 1; i < analyses.Count && idOrder; i++)
        {
            idOrder = string.CompareOrdinal(analyses[i - 1].Article.Id, analyses[i].Article.Id) < 0;
        }

        // Each undated article's candidate days and partners, on every core. Each chunk of articles marks positions in an
        // array of its own, so there are a few dozen chunks whatever the corpus size (memory linear in it).
        var found = new (SortedSet<LocalDate> Candidates, List<Partner> Partners, string Evidence)?[analyses.Count];
        var chunk = Math.Max(32, analyses.Count / (8 * Math.Max(1, maxDegreeOfParallelism)));
        Parallelism.ForRanges(analyses.Count, chunk, maxDegreeOfParallelism, (start, end) =>
        {
            int[]? partnerOf = null;
            for (var index = start; index < end; index++)
            {
                var analysis = analyses[index];
                if (!NeedsDate(analysis.Article) || !HasAnchoredDate(analysis))
                {
                    continue;
                }

                partnerOf ??= new int[analyses.Count];
                var mark = index + 1;
                var partnerAt = new List<int>();
                var dates = new HashSet<LocalDate>();
                var groupsSeen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in analysis.Events)
                {
                    if (!first.TryGetLinked(analysis.Article.Id, e.Id, out var linked) || !groupsSeen.Add(linked.Id))
                    {
                        continue;
                    }

                    var (dated, days) = GroupOf(linked.Id);
                    foreach (var other in dated)
                    {
                        var at = position[other];
                        if (partnerOf[at] != mark)
                        {
                            partnerOf[at] = mark;
                            partnerAt.Add(at);
                        }
                    }

                    dates.UnionWith(days);
                }

                // By id: the order of the positions when the analyses are in id order, as the reconciler gives them.
                partnerAt.Sort();
                var partnerList = partnerAt.ConvertAll(at => analyses[at]);
                if (!idOrder)
                {
                    partnerList.Sort(static (a, b) => string.CompareOrdinal(a.Article.Id, b.Article.Id));
                }

                var candidates = new SortedSet<LocalDate>();
                foreach (var d in dates)
                {
                    candidates.Add(d.PlusDays(-1));
                    candidates.Add(d);
                    candidates.Add(d.PlusDays(1));
                }

                if (candidates.Count > 0)
                {
                    found[index] = (candidates, Partners(analysis, partnerList, first, DatesIn, StoryOf, StoryDatesOf),
                        Evidence(partnerList, candidates.Count));
                }
            }
        });

        var jobs = new List<(int Index, ArticleAnalysis Analysis, SortedSet<LocalDate> Candidates, List<Partner> Partners, string Evidence)>();
        var result = new List<ArticleAnalysis>(analyses);
        for (var i = 0; i < analyses.Count; i++)
        {
            if (found[i] is { } job)
            {
                jobs.Add((i, analyses[i], job.Candidates, job.Partners, job.Evidence));
            }
        }

        // Scoring one article's candidates reads only what is settled above and the memo of fitting dates, which is safe to
        // share, so the articles are dated in parallel; each keeps its place in the result.
        Parallelism.For(jobs.Count, maxDegreeOfParallelism, k =>
        {
            var (index, analysis, candidates, partners, evidence) = jobs[k];
            result[index] = Date(analysis, candidates, partners, evidence, linker, new PartnerDates(keys, fitting), reanalyze, timesOf);
        });

        return result;
    }

    // Scores an undated article's candidate reference dates against its partners and returns its analysis at the best one.
    private static ArticleAnalysis Date(ArticleAnalysis analysis, SortedSet<LocalDate> candidates, List<Partner> partnerGroups,
        string evidence, EventLinker linker, PartnerDates theirsOf, Func<Article, ArticleAnalysis> reanalyze,
        Func<Article, ImmutableArray<TemporalMention>>? timesOf)
    {
        var latestAbsolute = LatestAbsoluteDate(analysis)?.Date;
        ArticleAnalysis? best = null;
        ReferenceDate? bestReference = null;
        var bestScore = int.MinValue;
        var bestPreferred = false;

        // Candidates whose reference resolves every date of the text alike ("on Friday" from Saturday or Sunday) score
        // alike. The first candidate is analyzed; every other one re-resolves only the article's temporal mentions
        // against its reference and moves that analysis's dates to them (each claim's value span says which mention it
        // was read from), so an article is analyzed once more at most: for the winner, when it is not the first.
        var scored = new Dictionary<string, int>(StringComparer.Ordinal);
        ArticleAnalysis? provisional = null;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            var reference = new ReferenceDate(candidate, ReferenceDateBasis.Inferred, evidence: evidence);
            var article = analysis.Article with { ReferenceDate = reference };
            var times = timesOf?.Invoke(article);
            var signature = times is { } t ? Signature(t) : null;
            ArticleAnalysis? redone = null;
            if (signature is null || !scored.TryGetValue(signature, out var score))
            {
                if (provisional is not null && times is { } mentions)
                {
                    var (claims, events) = Reanchor(provisional, mentions);
                    score = Score(claims, events, partnerGroups, linker, theirsOf);
                }
                else
                {
                    redone = reanalyze(article);
                    provisional = times is null ? null : redone;
                    score = Score(redone.Claims, redone.Events, partnerGroups, linker, theirsOf);
                }

                if (signature is not null)
                {
                    scored[signature] = score;
                }
            }

            var preferred = latestAbsolute is null || candidate >= latestAbsolute;

            // Candidates come in ascending order, so keeping the first of equal scores keeps the earliest.
            if (score > bestScore || (score == bestScore && preferred && !bestPreferred))
            {
                best = redone is null ? null : redone with { Article = article };
                bestReference = reference;
                bestScore = score;
                bestPreferred = preferred;
            }
        }

        if (best is null && bestReference is not null)
        {
            var article = analysis.Article with { ReferenceDate = bestReference };
            best = reanalyze(article) with { Article = article };
        }

        return best ?? analysis;
    }

    // Links the articles once, with anchored times dropped, and lists each linked event's members.
    private static (LinkResult First, Dictionary<string, List<(ArticleAnalysis Analysis, Event Event)>> Members) LinkFirst(
        List<ArticleAnalysis> analyses, EventLinker linker)
    {
        var first = linker.Link(analyses.Select(ForLinking).ToList(), mentions: false);
        var membersByLinked = new Dictionary<string, List<(ArticleAnalysis Analysis, Event Event)>>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            foreach (var e in analysis.Events)
            {
                if (first.TryGetLinked(analysis.Article.Id, e.Id, out var linked))
                {
                    if (!membersByLinked.TryGetValue(linked.Id, out var list))
                    {
                        list = [];
                        membersByLinked[linked.Id] = list;
                    }

                    list.Add((analysis, e));
                }
            }
        }

        return (first, membersByLinked);
    }

    /// <summary>
    /// Dates an undated article that writes a weekday with a day of a month and no year ("passed away Thursday, December
    /// 11"): the two fall together only in some years, and the article is not older than the latest date written with its
    /// year in it or in the articles that report the same events. The first year from that bound on (within
    /// <see cref="PinYears"/>) in which the day is that weekday dates the article, at its earliest such day; its partners
    /// then date themselves against it as against any dated article.
    /// </summary>
    private static List<ArticleAnalysis> PinWeekdayDates(List<ArticleAnalysis> analyses, EventLinker linker, Func<Article, ArticleAnalysis> reanalyze)
    {
        var (first, members) = LinkFirst(analyses, linker);
        var latestOf = new Dictionary<ArticleAnalysis, LocalDate?>(ReferenceEqualityComparer.Instance);
        LocalDate? Latest(ArticleAnalysis a)
        {
            if (!latestOf.TryGetValue(a, out var latest))
            {
                latest = LatestAbsoluteDate(a)?.Date;
                latestOf[a] = latest;
            }

            return latest;
        }

        var result = new List<ArticleAnalysis>(analyses.Count);
        foreach (var analysis in analyses)
        {
            var pins = NeedsDate(analysis.Article) ? Pins(analysis) : [];
            if (pins.Count == 0)
            {
                result.Add(analysis);
                continue;
            }

            // The bound: the latest absolute date of the article and of every article sharing one of its events.
            var bound = Latest(analysis);
            foreach (var e in analysis.Events)
            {
                if (!first.TryGetLinked(analysis.Article.Id, e.Id, out var linked))
                {
                    continue;
                }

                foreach (var (other, _) in members[linked.Id])
                {
                    if (Latest(other) is { } theirs && (bound is null || theirs > bound))
                    {
                        bound = theirs;
                    }
                }
            }

            if (bound is not { } since)
            {
                result.Add(analysis);
                continue;
            }

            (LocalDate Date, string Text)? earliest = null;
            foreach (var (weekday, month, day, text) in pins)
            {
                for (var year = since.Year; year <= since.Year + PinYears; year++)
                {
                    if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
                    {
                        continue;
                    }

                    var date = new LocalDate(year, month, day);
                    if (date.DayOfWeek == weekday && date >= since)
                    {
                        if (earliest is null || date < earliest.Value.Date)
                        {
                            earliest = (date, text);
                        }

                        break;
                    }
                }
            }

            if (earliest is not { } pin)
            {
                result.Add(analysis);
                continue;
            }

            var reference = new ReferenceDate(pin.Date, ReferenceDateBasis.Inferred, evidence:
                "weekday and day: \"" + pin.Text + "\" falls on that weekday in " + pin.Date.Year.ToString(CultureInfo.InvariantCulture) +
                ", the first such year since the latest date the story writes (" + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
            var article = analysis.Article with { ReferenceDate = reference };
            result.Add(reanalyze(article) with { Article = article });
        }

        return result;
    }

    /// <summary>How many years after the bound a weekday and a day may fall together and still date an article.</summary>
    private const int PinYears = 7;

    // "Thursday, December 11", "Tuesday, Dec. 16", "Saturday 13 December": a weekday and a day of a month, no year.
    private static List<(IsoDayOfWeek Weekday, int Month, int Day, string Text)> Pins(ArticleAnalysis analysis)
    {
        var pins = new List<(IsoDayOfWeek, int, int, string)>();
        foreach (var m in analysis.TemporalMentions)
        {
            if (m.Kind == TemporalMentionKind.Date && m.Start is null && m.Text.Length <= 40 && PinOf(m.Text) is { } pin)
            {
                pins.Add((pin.Weekday, pin.Month, pin.Day, m.Text));
            }
        }

        return pins;
    }

    internal static (IsoDayOfWeek Weekday, int Month, int Day)? PinOf(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3)
        {
            return null;
        }

        var weekday = CalendarWords.Weekdays.IndexOf(words[0], StringComparer.OrdinalIgnoreCase);
        if (weekday < 0)
        {
            return null;
        }

        var (monthWord, dayWord) = char.IsAsciiDigit(words[1][0]) ? (words[2], words[1]) : (words[1], words[2]);
        var month = -1;
        for (var m = 0; m < CalendarWords.Months.Length && month < 0; m++)
        {
            if (monthWord.AsSpan().StartsWith(CalendarWords.Months[m].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase) &&
                (monthWord.Length <= 4 || IsMonthName(monthWord)))
            {
                month = m;
            }
        }

        var digits = dayWord.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        if (month < 0 || digits.Length is 0 or > 2 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var day = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? ((IsoDayOfWeek)(weekday + 1), month + 1, day) : null;
    }

    private static bool IsMonthName(string word) =>
        word == "sept" || CalendarWords.Months.Any(m => m.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Returns the analysis as linking should see it: an article without a reference day cannot place weekday-anchored or
    /// relative event times, so those times are dropped and its events link as undated ones.
    /// </summary>
    public static ArticleAnalysis ForLinking(ArticleAnalysis analysis)
    {
        if (!NeedsDate(analysis.Article) || !analysis.Events.Any(e => e.Time is { } t && ValueComparer.IsAnchored(t)))
        {
            return analysis;
        }

        var events = analysis.Events
            .Select(e => e.Time is { } t && ValueComparer.IsAnchored(t) ? e with { Time = null } : e)
            .ToImmutableArray();
        return analysis with { Events = events };
    }

    /// <summary>Applies the text bound to an article that still has no reference date at all.</summary>
    public static ArticleAnalysis ApplyTextBounds(ArticleAnalysis analysis)
    {
        if (analysis.Article.ReferenceDate.Basis != ReferenceDateBasis.None || LatestAbsoluteDate(analysis) is not { } latest)
        {
            return analysis;
        }

        var reference = new ReferenceDate(null, ReferenceDateBasis.Inferred, latest.Date.Year,
            "latest absolute date in the text: \"" + latest.Text + "\"");
        return analysis with { Article = analysis.Article with { ReferenceDate = reference } };
    }


    /// <summary>
    /// Tells whether the article's dates depend on its reference date: anchored values, or expressions the tagger could
    /// not resolve without one ("on Wednesday", "on 23/7", "July 13" with no reference come back without days).
    /// </summary>
    private static bool HasAnchoredDate(ArticleAnalysis analysis) =>
        analysis.Claims.Any(c => c.Value is TemporalValue t && ValueComparer.IsAnchored(t)) ||
        analysis.TemporalMentions.Any(m => m.Kind is TemporalMentionKind.Date or TemporalMentionKind.Range &&
                                           (m.Start is null || (m.ToValue() is { } v && ValueComparer.IsAnchored(v))));

    private static (LocalDate Date, string Text)? LatestAbsoluteDate(ArticleAnalysis analysis)
    {
        (LocalDate Date, string Text)? latest = null;
        foreach (var m in analysis.TemporalMentions)
        {
            if (m.Kind is not (TemporalMentionKind.Date or TemporalMentionKind.Range) || m.ToValue() is not { } v ||
                v.YearInferred || ValueComparer.IsAnchored(v) || !HasDigit(m.Text))
            {
                continue;
            }

            if (latest is null || v.End > latest.Value.Date)
            {
                latest = (v.End, m.Text);
            }
        }

        return latest;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dates of each event of one analysis: its time, then its date claims in claim order; read in one pass.</summary>
    private sealed class EventDates
    {
        private readonly Dictionary<string, List<TemporalValue>> _claimed = new(StringComparer.Ordinal);

        public EventDates(ArticleAnalysis analysis)
            : this(analysis.Claims, analysis.Events)
        {
        }

        public EventDates(IEnumerable<Claim> claims, IEnumerable<Event> events)
        {
            foreach (var c in claims)
            {
                if (c.Property == ClaimProperty.Date && c.Value is TemporalValue t)
                {
                    if (!_claimed.TryGetValue(c.EventId, out var list))
                    {
                        list = [];
                        _claimed[c.EventId] = list;
                    }

                    list.Add(t);
                }
            }

            foreach (var e in events)
            {
                if (Any(e))
                {
                    Dated.Add(e);
                }
            }
        }

        /// <summary>Gets the events with a date, in event order.</summary>
        public List<Event> Dated { get; } = [];

        /// <summary>
        /// Gets a key that is equal for two analyses whose dated events score alike against any event: what
        /// <see cref="EventLinker.Compatible"/> reads of each (type, place, participants) and its dates, in event order.
        /// </summary>
        public string Key => _key ??= BuildKey();

        /// <summary>Gets the number <see cref="Keys"/> gave <see cref="Key"/> (<see cref="NumberedBy"/>): equal for equal keys, compared without reading the key again.</summary>
        public int KeyId => _keyId ?? throw new InvalidOperationException("The dates were not numbered.");

        private string? _key;
        private int? _keyId;

        /// <summary>
        /// Numbers the key with <paramref name="keys"/> now, before the dates are shared: <see cref="KeyId"/> is then only
        /// read, from any thread.
        /// </summary>
        public EventDates NumberedBy(Keys keys)
        {
            _keyId = keys.IdOf(Key);
            return this;
        }

        private string BuildKey()
        {
            var key = new System.Text.StringBuilder();
            var dates = new List<TemporalValue>();
            foreach (var e in Dated)
            {
                AppendCompatibility(key, e);
                key.Append('\u0001');
                dates.Clear();
                AddTo(dates, e);
                foreach (var t in dates)
                {
                    AppendInterval(key, t);
                }

                key.Append('\u0002');
            }

            return key.ToString();
        }

        private bool Any(Event e) => e.Time is not null || _claimed.ContainsKey(e.Id);

        /// <summary>Adds the event's time, then its date claims, to <paramref name="dates"/>.</summary>
        public void AddTo(List<TemporalValue> dates, Event e)
        {
            if (e.Time is { } time)
            {
                dates.Add(time);
            }

            if (_claimed.TryGetValue(e.Id, out var claimed))
            {
                dates.AddRange(claimed);
            }
        }
    }

    // What the article's dates resolve to: two references with the same resolution analyze alike.
    private static string Signature(ImmutableArray<TemporalMention> times)
    {
        var key = new System.Text.StringBuilder();
        foreach (var m in times)
        {
            key.Append(m.Offset).Append(':').Append(m.Timex.Value).Append(';');
        }

        return key.ToString();
    }

    /// <summary>
    /// The dates of an analysis moved to another reference date: each temporal claim whose value span ends where a mention
    /// of <paramref name="times"/> ends, with the same text, takes that mention's value; an event's time follows the claim
    /// it was taken from. Claims and events without such a mention keep their values (absolute dates do not move).
    /// </summary>
    internal static (List<Claim> Claims, List<Event> Events) Reanchor(ArticleAnalysis analysis, ImmutableArray<TemporalMention> times)
    {
        var byEnd = new Dictionary<int, TemporalValue>();
        foreach (var m in times)
        {
            if (m.ToValue() is { } value)
            {
                byEnd[m.Offset + m.Length] = value;
            }
        }

        var claims = new List<Claim>(analysis.Claims.Length);
        var moved = new Dictionary<(string EventId, TemporalValue Old), TemporalValue>();
        foreach (var c in analysis.Claims)
        {
            if (c.Value is TemporalValue old && c.ValueSpan is { } span && byEnd.TryGetValue(span.Offset + span.Length, out var now) &&
                now.Text == old.Text && now != old)
            {
                moved[(c.EventId, old)] = now;
                claims.Add(new Claim(c.Id, c.EventId, c.Property, c.ArticleId, now, c.Attribution, c.Factuality, c.Evidence, c.Subject, c.ValueSpan));
                continue;
            }

            claims.Add(c);
        }

        var events = new List<Event>(analysis.Events.Length);
        foreach (var e in analysis.Events)
        {
            events.Add(e.Time is { } time && moved.TryGetValue((e.Id, time), out var now) ? e with { Time = now } : e);
        }

        return (claims, events);
    }

    /// <summary>
    /// The evidence of an inferred reference date: the first <see cref="MaxEvidencePartners"/> partners by id, then how many
    /// more (a hot story's article shares events with thousands), and how many candidate dates were scored.
    /// </summary>
    private static string Evidence(List<ArticleAnalysis> partners, int candidates)
    {
        var text = new System.Text.StringBuilder("cluster: events shared with ");
        for (var i = 0; i < partners.Count && i < MaxEvidencePartners; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(partners[i].Article.Id);
        }

        if (partners.Count > MaxEvidencePartners)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {partners.Count - MaxEvidencePartners:N0} more articles");
        }

        return text.Append(CultureInfo.InvariantCulture, $" ({candidates} candidate dates)").ToString();
    }

    /// <summary>
    /// The dates a partner gives its events that fit an event of the article being dated (<see cref="EventLinker.Compatible"/>
    /// without time). They are found once for all of the article's candidate dates, which move its dates but not its events'
    /// type, place or participants, and once for all articles whose events read alike against partners whose dated events
    /// are alike.
    /// </summary>
    private sealed class PartnerDates(Keys keys, FittingDates shared)
    {
        // The article's events by id, with the number of what the compatibility check reads of them; the id alone is not
        // enough, since a candidate that is analyzed anew may read an event otherwise.
        private readonly Dictionary<string, (Event Of, int Signature)> _signatures = new(StringComparer.Ordinal);

        public List<TemporalValue> Of(Partner partner, Event e, EventLinker linker)
        {
            if (!_signatures.TryGetValue(e.Id, out var known) || known.Of.Type != e.Type || known.Of.Place != e.Place ||
                !known.Of.Participants.AsSpan().SequenceEqual(e.Participants.AsSpan()))
            {
                known = (e, keys.IdOf(Signature(e)));
                _signatures[e.Id] = known;
            }

            // Partners with one key have the same dated events, so the dates that fit an event are found once per corpus.
            var key = (partner.Dates.KeyId, known.Signature);
            if (shared.TryGetValue(key, out var found))
            {
                return found;
            }

            // Only partner events with dates can agree or disagree; the compatibility check runs on those alone.
            var dates = new List<TemporalValue>();
            foreach (var p in partner.Dates.Dated)
            {
                if (linker.Compatible(p, e, useTime: false))
                {
                    partner.Dates.AddTo(dates, p);
                }
            }

            return shared.Add(key, dates);
        }

        // The key the memo numbers for what the compatibility check reads of an event (prefixed, so it never equals a dates key).
        private static string Signature(Event e)
        {
            var key = new System.Text.StringBuilder("\u0004");
            AppendCompatibility(key, e);
            return key.ToString();
        }
    }

    /// <summary>
    /// The memo of <see cref="PartnerDates"/> shared by all articles, safe from several threads. It holds at most
    /// <see cref="Capacity"/> entries, so a corpus whose articles' events read alike to no other costs the memory of that
    /// many and is then computed as it goes; the empty result, the common one, is one shared list.
    /// </summary>
    private sealed class FittingDates
    {
        public const int Capacity = 2_000_000;

        private readonly ConcurrentDictionary<(int Partner, int Event), List<TemporalValue>> _dates = new();
        private readonly List<TemporalValue> _none = [];
        private int _count;

        public bool TryGetValue((int Partner, int Event) key, out List<TemporalValue> dates) => _dates.TryGetValue(key, out dates!);

        // Returns the dates to use for the key: the ones stored first when two threads add it at once.
        public List<TemporalValue> Add((int Partner, int Event) key, List<TemporalValue> dates)
        {
            dates = dates.Count == 0 ? _none : dates;
            if (Volatile.Read(ref _count) >= Capacity)
            {
                return dates;
            }

            if (_dates.TryAdd(key, dates))
            {
                Interlocked.Increment(ref _count);
                return dates;
            }

            return _dates.TryGetValue(key, out var stored) ? stored : dates;
        }
    }

    /// <summary>
    /// Numbers strings: equal strings get one number. A key that describes all of an article's dated events is long; grouping
    /// partners by its number hashes it once per article instead of once per article that has it as a partner.
    /// </summary>
    private sealed class Keys
    {
        private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private int _next;

        // Safe from several threads: a key numbered twice at once keeps the number stored first, and both callers get it.
        public int IdOf(string key) =>
            _ids.TryGetValue(key, out var id) ? id : _ids.GetOrAdd(key, _ => Interlocked.Increment(ref _next));
    }

    /// <summary>
    /// A dated partner's contribution to a candidate's score: its dated events, its story dates when its story event links
    /// with the article's (their story dates speak of the same happenings), and how many partners give exactly these (wire
    /// copies of one story do: they are scored once and counted as many times, so a hot story costs what its distinct
    /// versions cost).
    /// </summary>
    private sealed record Partner(EventDates Dates, Dictionary<string, List<TemporalValue>>? Story, int Count);

    private static List<Partner> Partners(ArticleAnalysis analysis, IEnumerable<ArticleAnalysis> partners, LinkResult first,
        Func<ArticleAnalysis, EventDates> datesIn, Func<ArticleAnalysis, string?> storyOf,
        Func<ArticleAnalysis, (Dictionary<string, List<TemporalValue>> Dates, int KeyId)> storyDatesOf)
    {
        string? story = first.TryGetLinked(analysis.Article.Id, StoryExtractor.StoryEventId, out var linked) ? linked.Id : null;
        var groups = new List<(EventDates Dates, Dictionary<string, List<TemporalValue>>? Story)>();
        var counts = new List<int>();
        var byKey = new Dictionary<(int, int), int>();
        foreach (var partner in partners)
        {
            var dates = datesIn(partner);
            var storyPartner = story is not null && string.Equals(storyOf(partner), story, StringComparison.Ordinal);
            var storyDates = storyPartner ? storyDatesOf(partner) : default;
            var key = (dates.KeyId, storyPartner ? storyDates.KeyId : -1);
            if (byKey.TryGetValue(key, out var index))
            {
                counts[index]++;
                continue;
            }

            byKey[key] = groups.Count;
            groups.Add((dates, storyPartner ? storyDates.Dates : null));
            counts.Add(1);
        }

        var result = new List<Partner>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            result.Add(new Partner(groups[i].Dates, groups[i].Story, counts[i]));
        }

        return result;
    }

    // A key that is equal for equal story dates: slot by slot, in ordinal order of slots, each slot's intervals in order.
    private static string KeyOf(Dictionary<string, List<TemporalValue>> storyDates)
    {
        var key = new System.Text.StringBuilder();
        foreach (var slot in storyDates.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            key.Append(slot.Key).Append('\u0001');
            foreach (var t in slot.Value)
            {
                AppendInterval(key, t);
            }

            key.Append('\u0002');
        }

        return key.ToString();
    }

    // What EventLinker.Compatible reads of an event when time is left out: its type, place and participants.
    private static void AppendCompatibility(System.Text.StringBuilder key, Event e)
    {
        key.Append((int)e.Type).Append('\u0001').Append(e.Place).Append('\u0001');
        foreach (var p in e.Participants)
        {
            key.Append((int)p.Role).Append(':').Append(p.ActorId).Append(';');
        }
    }

    private static void AppendInterval(System.Text.StringBuilder key, TemporalValue t) =>
        key.Append(t.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('/')
            .Append(t.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(';');

    // The story dates of an analysis by slot subject ("people/Rosa Marin" → "people"); background ones are left out.
    private static Dictionary<string, List<TemporalValue>> StoryDates(ArticleAnalysis analysis) => StoryDates(analysis.Claims);

    private static Dictionary<string, List<TemporalValue>> StoryDates(IEnumerable<Claim> claims)
    {
        var slots = new Dictionary<string, List<TemporalValue>>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.EventId != StoryExtractor.StoryEventId || c.Property != ClaimProperty.Date || c.Value is not TemporalValue t ||
                c.Subject is not { } subject || subject.StartsWith(StorySubjects.PastPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var end = subject.IndexOf(StorySubjects.Separator);
            var head = end < 0 ? subject : subject[..end];
            if (!slots.TryGetValue(head, out var dates))
            {
                slots[head] = dates = [];
            }

            dates.Add(t);
        }

        return slots;
    }

    private static int Score(IReadOnlyList<Claim> claims, IReadOnlyList<Event> events, List<Partner> partners, EventLinker linker,
        PartnerDates theirsOf)
    {
        var score = 0;
        if (partners.Any(p => p.Story is not null))
        {
            var mine = StoryDates(claims);
            foreach (var partner in partners)
            {
                if (partner.Story is not { } theirs)
                {
                    continue;
                }

                foreach (var (head, slot) in mine)
                {
                    if (!theirs.TryGetValue(head, out var against))
                    {
                        continue;
                    }

                    foreach (var date in slot)
                    {
                        score += (AnyOverlaps(against, date) ? 1 : -1) * partner.Count;
                    }
                }
            }
        }

        var redoneDates = new EventDates(claims, events);
        var own = new List<TemporalValue>();
        foreach (var e in redoneDates.Dated)
        {
            own.Clear();
            redoneDates.AddTo(own, e);
            for (var k = 0; k < partners.Count; k++)
            {
                var theirs = theirsOf.Of(partners[k], e, linker);
                if (theirs.Count == 0)
                {
                    continue;
                }

                var count = partners[k].Count;
                foreach (var mine in own)
                {
                    score += (AnyOverlaps(theirs, mine) ? 1 : -1) * count;
                }
            }
        }

        return score;
    }

    private static bool AnyOverlaps(List<TemporalValue> dates, TemporalValue date)
    {
        foreach (var t in dates)
        {
            if (t.Overlaps(date))
            {
                return true;
            }
        }

        return false;
    }
}
