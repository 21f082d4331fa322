using NewsEvents.Entities;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Entities;

public class SeedEntityTests
{
    private static readonly string[][] AliasGroups =
    [
        ["Turkey", "Türkiye", "Ankara"],
        ["Syria", "Damascus"],
        ["Suwayda", "Sweida", "Suweyda"],
        ["Ahmed Sharaa", "Ahmad al-Sharaa", "Sharaa"],
        ["Islamic State", "IS", "ISIS", "ISIL", "Daesh"],
        ["Anadolu Agency", "AA"],
        ["Syrian Democratic Forces", "SDF"],
        ["Zeki Aktürk", "Aktürk", "Rear Adm. Zeki Aktürk"],
    ];

    private static IEnumerable<TestCaseData> Groups() =>
        AliasGroups.Select(g => new TestCaseData((object)g).SetArgDisplayNames(string.Join("/", g)));

    private static List<(string Text, EntityResolution Resolution)> ResolvedSeeds() =>
        Seeds.All().Select(s => (s.Text, EntityTestHelpers.Resolve(s.Text))).ToList();

    [TestCaseSource(nameof(Groups))]
    public void Resolve_SeedAliasGroup_ResolvesToOneIdAndListsAliases(string[] group)
    {
        var seeds = ResolvedSeeds();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = new List<string>();
        foreach (var alias in group)
        {
            var found = false;
            foreach (var (text, resolution) in seeds)
            {
                foreach (var offset in Occurrences(text, alias))
                {
                    var inside = resolution.Mentions.Where(m => m.Offset >= offset && m.Offset + m.Length <= offset + alias.Length).ToList();
                    var agents = inside.Where(m => m.Category != EntityCategory.Place).ToList();
                    var chosen = agents.Count > 0 ? agents : inside;
                    if (chosen.Count > 0)
                    {
                        found = true;
                        // A capital as a place ("in Ankara") is the city, not the government: count only agent readings when there are any.
                        if (agents.Count > 0 || !group.Any(a => IsMetonym(a)) || !IsMetonym(alias))
                        {
                            ids.UnionWith(chosen.Select(m => m.EntryId));
                        }
                    }
                }
            }

            if (!found)
            {
                unresolved.Add(alias);
            }
        }

        var id = ids.FirstOrDefault();
        var listed = seeds.SelectMany(s => s.Resolution.Actors.Where(a => a.Id == id).SelectMany(a => a.Aliases)
            .Concat(s.Resolution.Places.Where(p => p.Id == id).SelectMany(p => p.Aliases))
            .Concat(s.Resolution.Sources.Where(x => x.Id == id).SelectMany(x => x.Aliases))).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(unresolved, Is.Empty, "aliases never resolved");
            Assert.That(ids, Has.Count.EqualTo(1), $"ids: {string.Join(", ", ids)}");
            foreach (var alias in group.Where(a => !a.StartsWith("Rear", StringComparison.Ordinal)))
            {
                Assert.That(listed, Does.Contain(alias), $"aliases listed for {id}");
            }
        });
    }

    [TestCase("001_1aa643a952d2a023", "Turkish", "turkey")]
    [TestCase("002_bf985b269310d3b1", "Türkiye", "turkey")]
    [TestCase("001_1aa643a952d2a023", "Ankara", "turkey")]
    [TestCase("002_bf985b269310d3b1", "Tel Aviv", "israel")]
    [TestCase("000_3a03000dc137063e", "Druze", "druze")]
    [TestCase("000_3a03000dc137063e", "Bedouin Arab tribes", "bedouin")]
    [TestCase("000_3a03000dc137063e", "Israel", "israel")]
    [TestCase("000_3a03000dc137063e", "US", "united-states")]
    [TestCase("000_3a03000dc137063e", "UN", "united-nations")]
    [TestCase("000_3a03000dc137063e", "SDF", "sdf")]
    [TestCase("000_3a03000dc137063e", "PKK", "pkk")]
    [TestCase("000_3a03000dc137063e", "Kurdistan Workers’ Party", "pkk")]
    [TestCase("004_6f0372442f866925", "Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [TestCase("002_bf985b269310d3b1", "Bashar al-Assad", "bashar-al-assad")]
    [TestCase("004_6f0372442f866925", "The spokesman", "zeki-akturk")]
    [TestCase("002_bf985b269310d3b1", "Turkish defense sources", "turkey-defense-ministry-sources")]
    [TestCase("002_bf985b269310d3b1", "the sources", "turkey-defense-ministry-sources")]
    [TestCase("003_3119cb0e92ed0cd5", "Turkish Defense Ministry sources", "turkey-defense-ministry-sources")]
    [TestCase("004_6f0372442f866925", "Defense Ministry source", "turkey-defense-ministry-sources")]
    [TestCase("001_1aa643a952d2a023", "Turkish Ministry of National Defense", "turkey-defense-ministry")]
    [TestCase("004_6f0372442f866925", "Metin Gürak", "metin-gurak")]
    [TestCase("004_6f0372442f866925", "Nilay Yıldız", "nilay-yildiz")]
    public void Resolve_Seed_FindsEntity(string seed, string text, string id)
    {
        var resolution = EntityTestHelpers.Resolve(Seeds.Text(seed));
        var ids = resolution.Mentions.Where(m => m.Text == text).Select(m => m.EntryId).ToList();
        Assert.That(ids, Does.Contain(id));
    }

    [Test]
    public void Resolve_Seed004_PeopleHaveRolesAndAffiliations()
    {
        var resolution = EntityTestHelpers.Resolve(Seeds.Text("004_6f0372442f866925"));
        var people = resolution.Actors.Where(a => a.Kind == ActorKind.Person).ToDictionary(a => a.Id);
        Assert.Multiple(() =>
        {
            Assert.That(people["zeki-akturk"].Role, Does.Contain("Spokesman"));
            Assert.That(people["metin-gurak"].Affiliation, Is.EqualTo("turkey"));
            Assert.That(people["assem-hawari"].Affiliation, Is.EqualTo("syria-air-force"));
            Assert.That(people["murhaf-abu-kasra"].Affiliation, Is.EqualTo("syria"));
            Assert.That(people["nilay-yildiz"].Affiliation, Is.EqualTo("center-for-middle-east-studies"));
            Assert.That(people["zeki-akturk"].Aliases[0], Is.EqualTo("Zeki Aktürk"));
        });
    }

    [Test]
    public void Resolve_SameSpeakerInTwoArticles_GetsSameId()
    {
        var a = EntityTestHelpers.Resolve(Seeds.Text("000_3a03000dc137063e")).Actors.Select(x => x.Id);
        var b = EntityTestHelpers.Resolve(Seeds.Text("004_6f0372442f866925")).Actors.Select(x => x.Id);
        Assert.That(a.Intersect(b), Is.SupersetOf(new[] { "zeki-akturk", "turkey", "syria", "sdf", "islamic-state" }));
    }

    [Test]
    public void Resolve_Credits_BecomeSources()
    {
        var article = new Article("a", "Syria asked Turkey for help.", credits: ["AFP", "AP", "Euro News", "Nguyen Tien"],
            relays: ["Anadolu Agency"], sentences: [new Sentence(0, "Syria asked Turkey for help.", 0)]);
        var sources = new EntityResolver(Gazetteer.Default).Resolve(article).Sources.Select(s => s.Id);
        Assert.That(sources, Is.EquivalentTo(new[] { "afp", "associated-press", "euronews", "anadolu-agency" }));
    }

    [Test]
    public void Resolve_OnlySentences_NeverBoilerplate()
    {
        const string text = "Turkey sent aid.\nPhoto: Reuters";
        var article = new Article("a", text, sentences: [new Sentence(0, "Turkey sent aid.", 0)],
            boilerplate: [new BoilerplateBlock(BoilerplateKind.PhotoCaption, 17, "Photo: Reuters", "caption")]);
        var resolution = new EntityResolver(Gazetteer.Default).Resolve(article);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Mentions.Select(m => m.EntryId), Is.EqualTo(new[] { "turkey" }));
            Assert.That(resolution.Sources, Is.Empty);
        });
    }

    [Test]
    public void Resolve_MentionOffsets_MatchArticleText()
    {
        foreach (var (text, resolution) in ResolvedSeeds())
        {
            foreach (var mention in resolution.Mentions)
            {
                Assert.That(text.Substring(mention.Offset, mention.Length), Is.EqualTo(mention.Text));
            }
        }
    }

    private static bool IsMetonym(string alias) => alias is "Ankara" or "Damascus";

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + word.Length >= text.Length ? ' ' : text[i + word.Length];
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after))
            {
                yield return i;
            }
        }
    }
}
