using NewsEvents.Claims;
using NewsEvents.Entities;

namespace NewsEvents.Tests.Claims;

/// <summary>A tiny hand-built resolver for claim tests: whole-word, case-sensitive alias matching, longest first.</summary>
internal static class TestEntities
{
    private static readonly (string Alias, string Id, EntityCategory Category)[] Aliases =
    [
        ("Syrian Democratic Forces", "sdf", EntityCategory.Actor), ("SDF", "sdf", EntityCategory.Actor),
        ("Turkish Ministry of National Defense", "turkey-defense-ministry", EntityCategory.Actor),
        ("National Defense Ministry", "turkey-defense-ministry", EntityCategory.Actor),
        ("Turkish Ministry of Defense", "turkey-defense-ministry", EntityCategory.Actor),
        ("Turkish Defense Ministry sources", "turkey-defense-sources", EntityCategory.Actor),
        ("Turkish defense sources", "turkey-defense-sources", EntityCategory.Actor),
        ("Defense Ministry source", "turkey-defense-sources", EntityCategory.Actor),
        ("Syrian government forces", "syria-military", EntityCategory.Actor),
        ("Syrian government", "syria-government", EntityCategory.Actor), ("Syrian administration", "syria-government", EntityCategory.Actor),
        ("Syrian interim government", "syria-government", EntityCategory.Actor), ("Damascus government", "syria-government", EntityCategory.Actor),
        ("Zeki Aktürk", "zeki-akturk", EntityCategory.Actor), ("Aktürk", "zeki-akturk", EntityCategory.Actor),
        ("Tom Barrack", "tom-barrack", EntityCategory.Actor), ("Hakan Fidan", "hakan-fidan", EntityCategory.Actor),
        ("Ahmed Sharaa", "ahmed-al-sharaa", EntityCategory.Actor), ("Ahmad al-Sharaa", "ahmed-al-sharaa", EntityCategory.Actor),
        ("Bashar al-Assad", "bashar-al-assad", EntityCategory.Actor), ("Vladimir Putin", "vladimir-putin", EntityCategory.Actor),
        ("Islamic State", "islamic-state", EntityCategory.Actor), ("ISIS", "islamic-state", EntityCategory.Actor), ("ISIL", "islamic-state", EntityCategory.Actor),
        ("Daesh", "islamic-state", EntityCategory.Actor), ("IS", "islamic-state", EntityCategory.Actor),
        ("Hamas", "hamas", EntityCategory.Actor), ("Hezbollah", "hezbollah", EntityCategory.Actor), ("al-Shabaab", "al-shabaab", EntityCategory.Actor), ("Al-Shabaab", "al-shabaab", EntityCategory.Actor),
        ("Houthis", "houthis", EntityCategory.Actor), ("PKK", "pkk", EntityCategory.Actor), ("Taliban", "taliban", EntityCategory.Actor),
        ("Israel Defense Forces", "israel-military", EntityCategory.Actor), ("IDF", "israel-military", EntityCategory.Actor),
        ("Druze militias", "druze", EntityCategory.Actor), ("Druze", "druze", EntityCategory.Actor),
        ("Bedouin Arab tribes", "bedouin", EntityCategory.Actor), ("Bedouin tribes", "bedouin", EntityCategory.Actor), ("Bedouin", "bedouin", EntityCategory.Actor),
        ("United Nations", "united-nations", EntityCategory.Actor), ("UN", "united-nations", EntityCategory.Actor),
        ("United States", "united-states", EntityCategory.Actor), ("US", "united-states", EntityCategory.Actor), ("Washington", "united-states", EntityCategory.Actor),
        ("Turkey", "turkey", EntityCategory.Actor), ("Türkiye", "turkey", EntityCategory.Actor), ("Ankara", "turkey", EntityCategory.Actor), ("Turkish", "turkey", EntityCategory.Actor),
        ("Syria", "syria", EntityCategory.Actor), ("Syrian", "syria", EntityCategory.Actor), ("Damascus", "syria", EntityCategory.Actor),
        ("Israel", "israel", EntityCategory.Actor), ("Israeli", "israel", EntityCategory.Actor), ("Tel Aviv", "israel", EntityCategory.Actor),
        ("Russia", "russia", EntityCategory.Actor), ("Russian", "russia", EntityCategory.Actor), ("Moscow", "russia", EntityCategory.Actor),
        ("Ukraine", "ukraine", EntityCategory.Actor), ("Ukrainian", "ukraine", EntityCategory.Actor), ("Kyiv", "ukraine", EntityCategory.Actor),
        ("Egypt", "egypt", EntityCategory.Actor), ("Qatar", "qatar", EntityCategory.Actor), ("Iran", "iran", EntityCategory.Actor), ("Iraq", "iraq", EntityCategory.Actor),
        ("Somalia", "somalia", EntityCategory.Actor), ("Kenya", "kenya", EntityCategory.Actor), ("Jordan", "jordan", EntityCategory.Actor),
        ("Suwayda", "suwayda", EntityCategory.Place), ("Sweida", "suwayda", EntityCategory.Place), ("Suweyda", "suwayda", EntityCategory.Place),
        ("Aleppo", "aleppo", EntityCategory.Place), ("Gaza", "gaza", EntityCategory.Place), ("Kharkiv", "kharkiv", EntityCategory.Place),
        ("Mogadishu", "mogadishu", EntityCategory.Place), ("Palmyra", "palmyra", EntityCategory.Place), ("T4 airbase", "t4-airbase", EntityCategory.Place),
        ("Istanbul", "istanbul", EntityCategory.Place), ("Idlib", "idlib", EntityCategory.Place), ("Rafah", "rafah", EntityCategory.Place),
        ("Anadolu Agency", "anadolu-agency", EntityCategory.Source), ("AA", "anadolu-agency", EntityCategory.Source),
        ("Reuters", "reuters", EntityCategory.Source), ("AFP", "afp", EntityCategory.Source),
    ];

    private static readonly HashSet<string> Demonyms = ["Syrian", "Turkish", "Israeli", "Russian", "Ukrainian"];

    public static readonly ImmutableArray<Actor> Actors =
    [
        new("turkey", "Turkey", ActorKind.State), new("syria", "Syria", ActorKind.State), new("israel", "Israel", ActorKind.State),
        new("russia", "Russia", ActorKind.State), new("ukraine", "Ukraine", ActorKind.State), new("united-states", "United States", ActorKind.State),
        new("egypt", "Egypt", ActorKind.State), new("qatar", "Qatar", ActorKind.State), new("iran", "Iran", ActorKind.State), new("iraq", "Iraq", ActorKind.State),
        new("somalia", "Somalia", ActorKind.State), new("kenya", "Kenya", ActorKind.State), new("jordan", "Jordan", ActorKind.State),
        new("turkey-defense-ministry", "Turkish Ministry of National Defense", ActorKind.Government, affiliation: "turkey"),
        new("turkey-defense-sources", "Turkish defense sources", ActorKind.UnnamedSource, affiliation: "turkey-defense-ministry"),
        new("syria-government", "Syrian government", ActorKind.Government, affiliation: "syria"),
        new("syria-military", "Syrian Arab Army", ActorKind.Government, affiliation: "syria"),
        new("israel-military", "Israel Defense Forces", ActorKind.Government, affiliation: "israel"),
        new("zeki-akturk", "Zeki Aktürk", ActorKind.Person, affiliation: "turkey-defense-ministry", role: "spokesperson"),
        new("tom-barrack", "Tom Barrack", ActorKind.Person, affiliation: "united-states"),
        new("hakan-fidan", "Hakan Fidan", ActorKind.Person, affiliation: "turkey"),
        new("ahmed-al-sharaa", "Ahmed al-Sharaa", ActorKind.Person, affiliation: "syria"),
        new("bashar-al-assad", "Bashar al-Assad", ActorKind.Person), new("vladimir-putin", "Vladimir Putin", ActorKind.Person, affiliation: "russia"),
        new("islamic-state", "Islamic State", ActorKind.ArmedGroup), new("sdf", "Syrian Democratic Forces", ActorKind.ArmedGroup),
        new("hamas", "Hamas", ActorKind.ArmedGroup), new("hezbollah", "Hezbollah", ActorKind.ArmedGroup), new("al-shabaab", "al-Shabaab", ActorKind.ArmedGroup),
        new("houthis", "Houthis", ActorKind.ArmedGroup), new("pkk", "PKK", ActorKind.ArmedGroup), new("taliban", "Taliban", ActorKind.ArmedGroup),
        new("druze", "Druze", ActorKind.Group), new("bedouin", "Bedouin", ActorKind.Group),
        new("united-nations", "United Nations", ActorKind.Organization),
    ];

    public static readonly ImmutableArray<Place> Places =
    [
        new("syria", "Syria", PlaceKind.Country), new("suwayda", "Suwayda", PlaceKind.Region, within: "syria"),
        new("aleppo", "Aleppo", PlaceKind.City, within: "syria"), new("gaza", "Gaza", PlaceKind.Area), new("kharkiv", "Kharkiv", PlaceKind.City, within: "ukraine"),
        new("mogadishu", "Mogadishu", PlaceKind.City, within: "somalia"), new("palmyra", "Palmyra", PlaceKind.City, within: "syria"),
        new("t4-airbase", "T4 airbase", PlaceKind.Facility, within: "palmyra"), new("istanbul", "Istanbul", PlaceKind.City),
        new("idlib", "Idlib", PlaceKind.Region, within: "syria"), new("rafah", "Rafah", PlaceKind.City, within: "gaza"),
    ];

    public static readonly ImmutableArray<Source> Sources =
    [
        new("anadolu-agency", "Anadolu Agency", SourceKind.WireAgency, ["AA"]), new("reuters", "Reuters", SourceKind.WireAgency),
        new("afp", "AFP", SourceKind.WireAgency),
    ];

    /// <summary>Resolves the mentions of a text with the test alias table.</summary>
    public static EntityResolution Resolve(string text)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var taken = new bool[text.Length];
        foreach (var (alias, id, category) in Aliases.OrderByDescending(a => a.Alias.Length))
        {
            var start = 0;
            while ((start = text.IndexOf(alias, start, StringComparison.Ordinal)) >= 0)
            {
                var end = start + alias.Length;
                var wordStart = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
                var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (wordStart && wordEnd && !taken.AsSpan(start, alias.Length).Contains(true))
                {
                    taken.AsSpan(start, alias.Length).Fill(true);
                    var kind = Demonyms.Contains(alias) ? MatchKind.Demonym : MatchKind.Alias;
                    mentions.Add(new EntityMention(start, alias.Length, alias, id, category, kind));
                }

                start = end;
            }
        }

        return new EntityResolution(mentions.OrderBy(m => m.Offset).ToImmutableArray(), Actors, Places, Sources);
    }

    /// <summary>Builds a one-paragraph article whose sentences are split at ". " for tests.</summary>
    public static Article Article(string id, string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')) || i + 1 == text.Length)
            {
                var end = i + 1;
                var piece = text[start..end];
                var trimmed = piece.Trim();
                if (trimmed.Length > 0)
                {
                    sentences.Add(new Sentence(start + piece.IndexOf(trimmed, StringComparison.Ordinal), trimmed, 0));
                }

                start = end;
            }
        }

        return new Article(id, text, published: new LocalDate(2025, 7, 23), paragraphs: [new Paragraph(0, text.Length)], sentences: sentences.ToImmutable());
    }

    /// <summary>Temporal mentions for exact phrases (the extractor only needs spans and values).</summary>
    public static ImmutableArray<TemporalMention> Dates(string text, params (string Phrase, LocalDate Start, LocalDate End)[] phrases) =>
        phrases.Select(p => new TemporalMention(TemporalMentionKind.Date, p.Phrase, text.IndexOf(p.Phrase, StringComparison.Ordinal), p.Start, p.End, TemporalGranularity.Day))
            .OrderBy(m => m.Offset).ToImmutableArray();

    public static ArticleAnalysis Analyze(string text, ImmutableArray<TemporalMention> temporal = default, ImmutableArray<QuantityMention> quantities = default)
    {
        var article = Article("t", text);
        return TriggerPhase(new ClaimExtractor().Extract(article, Resolve(text), temporal, quantities));
    }

    /// <summary>
    /// The analysis without the story phase's event and slot claims and without the mention phase's untyped events: what the
    /// trigger phase found (its events keep the occurred claims of their further mentions).
    /// </summary>
    public static ArticleAnalysis TriggerPhase(ArticleAnalysis a)
    {
        static bool Untyped(Event e) => e.Id.StartsWith(e.Articles[0] + "/w", StringComparison.Ordinal);
        var untyped = a.Events.Where(Untyped).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new(a.Article, a.Actors, a.Places, [.. a.Events.Where(e => !e.IsStory && !Untyped(e))],
            [.. a.Claims.Where(c => c.EventId != StoryExtractor.StoryEventId && !untyped.Contains(c.EventId))],
            a.TemporalMentions, a.QuantityMentions, a.Sources);
    }

    public static string Describe(ArticleAnalysis analysis) =>
        string.Join("\n", analysis.Events.Select(e => e.ToString())) + "\n" + string.Join("\n", analysis.Claims.Select(c => c.ToString()));
}
