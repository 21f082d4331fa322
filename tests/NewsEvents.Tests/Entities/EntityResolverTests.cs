using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

public class EntityResolverTests
{
    /// <summary>Sentence, surface text of the mention, expected id (null: no mention with that text), expected category.</summary>
    private static readonly (string Sentence, string Surface, string? Id, EntityCategory Category, string Why)[] Table =
    [
        // folding: case, diacritics, apostrophes, possessives
        ("Turkiye rejected the plan.", "Turkiye", "turkey", EntityCategory.Actor, "no diacritics"),
        ("TÜRKIYE rejected the plan.", "TÜRKIYE", "turkey", EntityCategory.Actor, "upper case"),
        ("Syria's army moved north.", "Syria's army", "syria-military", EntityCategory.Actor, "straight apostrophe possessive + body"),
        ("Damascus’s appeal was answered.", "Damascus", "syria", EntityCategory.Actor, "possessive capital is the government"),
        ("Côte d'Ivoire voted for the resolution.", "Côte d'Ivoire", "ivory-coast", EntityCategory.Actor, "inner apostrophe"),
        ("Cote d’Ivoire voted for the resolution.", "Cote d’Ivoire", "ivory-coast", EntityCategory.Actor, "typographic apostrophe, no accent"),
        ("Fighters of Hay'at Tahrir al-Sham entered the city.", "Hay'at Tahrir al-Sham", "hts", EntityCategory.Actor, "apostrophe inside a name"),
        ("The Kurdistan Workers Party denied it.", "Kurdistan Workers Party", "pkk", EntityCategory.Actor, "missing apostrophe"),
        ("Diyarbakir was quiet on Monday.", "Diyarbakir", "diyarbakir", EntityCategory.Place, "dotless i folded"),
        // hyphens and Arabic articles
        ("Officials met Al Sharaa on Monday.", "Al Sharaa", "ahmed-al-sharaa", EntityCategory.Actor, "Al with a space"),
        ("Officials met al-Sharaa on Monday.", "al-Sharaa", "ahmed-al-sharaa", EntityCategory.Actor, "al- hyphenated"),
        ("Officials met Ahmed el-Sharaa on Monday.", "Ahmed el-Sharaa", "ahmed-al-sharaa", EntityCategory.Actor, "el- variant"),
        ("Clashes broke out in As-Suwayda on Friday.", "As-Suwayda", "suwayda", EntityCategory.Place, "sun-letter article"),
        ("Fighting spread across Deir ez-Zor province.", "Deir ez-Zor province", "deir-ez-zor-governorate", EntityCategory.Place, "hyphenated place"),
        // transliteration variants
        ("Clashes resumed in Suweida on Friday.", "Suweida", "suwayda", EntityCategory.Place, "unlisted spelling within distance"),
        ("Clashes resumed in Sweyda on Friday.", "Sweyda", "suwayda", EntityCategory.Place, "unlisted spelling within distance"),
        ("President Ahmad Sharaa spoke to reporters.", "Ahmad Sharaa", "ahmed-al-sharaa", EntityCategory.Actor, "Ahmad for Ahmed"),
        ("Crown Prince Mohammad bin Salman said the talks went well.", "Mohammad bin Salman", "mohammed-bin-salman", EntityCategory.Actor, "consonant skeleton"),
        ("Troops withdrew from Qamishlo overnight.", "Qamishlo", "qamishli", EntityCategory.Place, "listed variant"),
        ("A convoy reached Latakiya at dawn.", "Latakiya", "latakia", EntityCategory.Place, "listed variant"),
        ("Bashar al-Asad fled to Moscow.", "Bashar al-Asad", "bashar-al-assad", EntityCategory.Actor, "skeleton of a two-word name"),
        ("Aid arrived in Kharkov on Monday.", "Kharkov", "kharkiv", EntityCategory.Place, "Russian transliteration"),
        ("Strikes hit Zaporizhia overnight.", "Zaporizhia", "zaporizhzhia", EntityCategory.Place, "Ukrainian transliteration"),
        // metonymy
        ("Ankara supports the deal.", "Ankara", "turkey", EntityCategory.Actor, "capital as agent"),
        ("Talks were held in Ankara on Monday.", "Ankara", "ankara", EntityCategory.Place, "capital after 'in'"),
        ("Washington imposed new sanctions.", "Washington", "united-states", EntityCategory.Actor, "Washington is the US government"),
        ("Moscow denied the report.", "Moscow", "russia", EntityCategory.Actor, "capital as agent"),
        ("The Kremlin denied the report.", "Kremlin", "russia", EntityCategory.Actor, "non-place metonym"),
        ("Tel Aviv claimed the strikes were defensive.", "Tel Aviv", "israel", EntityCategory.Actor, "non-capital metonym"),
        ("Drones struck targets near Tehran.", "Tehran", "tehran", EntityCategory.Place, "capital after 'near'"),
        ("Relations between Ankara and Damascus improved.", "Damascus", "syria", EntityCategory.Actor, "coordinated capitals are governments"),
        ("Beijing and Tokyo traded accusations.", "Beijing", "china", EntityCategory.Actor, "capital as agent"),
        ("The Damascus government rejected it.", "Damascus government", "syria-government", EntityCategory.Actor, "capital + body"),
        // countries: agent or place
        ("Syria requested help from Turkey.", "Syria", "syria", EntityCategory.Actor, "country as agent"),
        ("Fighting continued in southern Syria.", "Syria", "syria", EntityCategory.Place, "country after 'in' + compass word"),
        ("Refugees crossed into Lebanon.", "Lebanon", "lebanon", EntityCategory.Place, "country after 'into'"),
        // demonyms and government bodies
        ("Turkish troops crossed the border.", "Turkish troops", "turkey-military", EntityCategory.Actor, "demonym + troops"),
        ("Turkish officials declined to comment.", "Turkish officials", "turkey-sources", EntityCategory.Actor, "demonym + officials"),
        ("The Syrian army advanced.", "Syrian army", "syria-military", EntityCategory.Actor, "demonym + army"),
        ("The Iranian Foreign Ministry summoned the envoy.", "Iranian Foreign Ministry", "iran-foreign-ministry", EntityCategory.Actor, "X Ministry"),
        ("The Russian Ministry of Foreign Affairs said so.", "Russian Ministry of Foreign Affairs", "russia-foreign-ministry", EntityCategory.Actor, "Ministry of X Affairs"),
        ("Israel's Defence Ministry confirmed the strike.", "Israel's Defence Ministry", "israel-defense-ministry", EntityCategory.Actor, "British spelling"),
        ("Iraq’s Ministry of Interior issued a statement.", "Iraq’s Ministry of Interior", "iraq-interior-ministry", EntityCategory.Actor, "possessive + Ministry of"),
        ("The Egyptian government welcomed the truce.", "Egyptian government", "egypt-government", EntityCategory.Actor, "demonym + government"),
        ("Lebanon’s armed forces deployed south.", "Lebanon’s armed forces", "lebanon-military", EntityCategory.Actor, "armed forces"),
        ("Israeli strikes hit Gaza.", "Israeli", "israel", EntityCategory.Actor, "demonym alone"),
        ("The Israeli military said it struck Hezbollah.", "Hezbollah", "hezbollah", EntityCategory.Actor, "armed group"),
        ("Kurdish fighters held the town.", "Kurdish", "kurds", EntityCategory.Actor, "community demonym"),
        ("Alawites fled the coast.", "Alawites", "alawites", EntityCategory.Actor, "community"),
        // acronyms: context rules
        ("The group is based in the north.", "is", null, EntityCategory.Actor, "English 'is' never matches"),
        ("Let us talk about it.", "us", null, EntityCategory.Actor, "English 'us' never matches"),
        ("IS fighters attacked the village.", "IS", "islamic-state", EntityCategory.Actor, "IS before 'fighters'"),
        ("The Islamic State (IS) claimed it.", "IS", "islamic-state", EntityCategory.Actor, "IS in parentheses"),
        ("The US imposed sanctions.", "US", "united-states", EntityCategory.Actor, "the US"),
        ("A US-brokered truce held.", "US", "united-states", EntityCategory.Actor, "US-brokered"),
        ("US officials confirmed the talks.", "US", "united-states", EntityCategory.Actor, "US officials"),
        ("LET US PRAY FOR PEACE", "US", null, EntityCategory.Actor, "shouted text is not an acronym"),
        ("Houthis attacked a ship, AP reported.", "AP", "associated-press", EntityCategory.Source, "agency acronym in a list context"),
        ("Ansar Allah attacked a ship.", "Ansar Allah", "houthis", EntityCategory.Actor, "armed group alias"),
        ("NATO allies met in Brussels.", "NATO", "nato", EntityCategory.Actor, "plain acronym"),
        ("The ICRC delivered aid.", "ICRC", "icrc", EntityCategory.Actor, "plain acronym"),
        ("ISIL cells remain active.", "ISIL", "islamic-state", EntityCategory.Actor, "ISIL"),
        ("Da'esh claimed the attack.", "Da'esh", "islamic-state", EntityCategory.Actor, "Da'esh"),
        ("Fighters of HTS took the town.", "HTS", "hts", EntityCategory.Actor, "HTS"),
        ("Wagner mercenaries left Mali.", "Wagner", "wagner-group", EntityCategory.Actor, "Wagner"),
        ("The turkey was served at dinner.", "turkey", null, EntityCategory.Actor, "lower-case common noun is not the country"),
        // titles and unknown people
        ("Foreign Minister Hakan Fidan warned the groups.", "Hakan Fidan", "hakan-fidan", EntityCategory.Actor, "gazetteer person after title"),
        ("Brig. Gen. Lars Holm told reporters the plan was ready.", "Lars Holm", "lars-holm", EntityCategory.Actor, "abbreviated titles"),
        ("Spokesperson Maria Zakharova said Moscow would respond.", "Maria Zakharova", "maria-zakharova", EntityCategory.Actor, "spokesperson title"),
        ("Jonas Berg said the talks would resume.", "Jonas Berg", "jonas-berg", EntityCategory.Actor, "speech verb cue"),
        ("UN envoy Geir Pedersen told the council the truce held.", "Geir Pedersen", "geir-pedersen", EntityCategory.Actor, "envoy title"),
        ("Dr. Ayşe Kaya of the Institute for Peace Studies said so.", "Institute for Peace Studies", "institute-for-peace-studies", EntityCategory.Actor, "organization after 'of the'"),
        ("Mazlum Abdi said the SDF would not disarm.", "Mazlum Abdi", "mazloum-abdi", EntityCategory.Actor, "listed spelling of a commander"),
        // unnamed sources
        ("Turkish defense sources confirmed the request.", "Turkish defense sources", "turkey-defense-ministry-sources", EntityCategory.Actor, "domain + sources"),
        ("Syrian military sources said the attack failed.", "Syrian military sources", "syria-military-sources", EntityCategory.Actor, "military sources"),
        ("Russian diplomats denied it.", "Russian diplomats", "russia-sources", EntityCategory.Actor, "diplomats"),
        ("Iraqi security sources said five died.", "Iraqi security sources", "iraq-security-ministry-sources", EntityCategory.Actor, "security sources"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Table.Select(c => new TestCaseData(c.Sentence, c.Surface, c.Id, c.Category.ToString()).SetArgDisplayNames($"{c.Why}: {c.Surface}"));

    [TestCaseSource(nameof(Cases))]
    public void Resolve_Sentence_ResolvesSurfaceToId(string sentence, string surface, string? id, string category)
    {
        var resolution = EntityTestHelpers.Resolve(sentence);
        var ids = resolution.Mentions.Where(m => m.Text == surface).Select(m => (m.EntryId, m.Category.ToString())).ToList();
        if (id is null)
        {
            Assert.That(ids, Is.Empty, EntityTestHelpers.Dump(resolution));
        }
        else
        {
            Assert.That(ids, Does.Contain((id, category)), EntityTestHelpers.Dump(resolution));
        }
    }

    [Test]
    public void Resolve_SurnameAfterFullName_IsCoreferent()
    {
        var resolution = EntityTestHelpers.Resolve("Gen. Lars Holm visited the front.\nHolm said the line held.\nThe general added that more troops were coming.");
        var holm = resolution.Mentions.Where(m => m.EntryId == "lars-holm").Select(m => (m.Text, m.Kind)).ToList();
        Assert.That(holm, Is.EqualTo(new[] { ("Lars Holm", MatchKind.Discovered), ("Holm", MatchKind.Coreference), ("The general", MatchKind.Coreference) }));
    }

    [Test]
    public void Resolve_TheSources_RefersToLastUnnamedSource()
    {
        var resolution = EntityTestHelpers.Resolve("Iranian officials denied the report.\n\"We reject it,\" the officials said.");
        Assert.That(resolution.Mentions.Last().EntryId, Is.EqualTo("iran-sources"));
    }

    [Test]
    public void Resolve_DiscoveredPerson_HasRoleAndAffiliation()
    {
        var resolution = EntityTestHelpers.Resolve("Egyptian Foreign Minister Badr Abdelatty said Cairo would mediate.");
        var person = resolution.Actors.Single(a => a.Id == "badr-abdelatty");
        Assert.Multiple(() =>
        {
            Assert.That(person.Kind, Is.EqualTo(ActorKind.Person));
            Assert.That(person.Role, Is.EqualTo("Foreign Minister"));
            Assert.That(person.Affiliation, Is.EqualTo("egypt"));
            Assert.That(person.Aliases, Is.EqualTo(new[] { "Badr Abdelatty", "Foreign Minister Badr Abdelatty" }));
        });
    }

    [Test]
    public void Resolve_AliasesSeen_AreListedAfterCanonicalName()
    {
        var resolution = EntityTestHelpers.Resolve("Türkiye said it would help.\nAnkara sent advisers.\nTurkey’s role grew.");
        var turkey = resolution.Actors.Single(a => a.Id == "turkey");
        Assert.That(turkey.Aliases, Is.EqualTo(new[] { "Turkey", "Türkiye", "Ankara" }));
    }

    [Test]
    public void Resolve_LongText_MentionCountGrowsLinearly()
    {
        // Work is per word; the same paragraph repeated n times gives n times the mentions.
        const string paragraph = "Turkish Defense Ministry sources said Syria asked Ankara for help against ISIS in Suwayda.\n";
        var one = EntityTestHelpers.Resolve(paragraph).Mentions.Length;
        var two = EntityTestHelpers.Resolve(paragraph + paragraph).Mentions.Length;
        var many = EntityTestHelpers.Resolve(string.Concat(Enumerable.Repeat(paragraph, 200))).Mentions.Length;
        Assert.That(many, Is.EqualTo(one + (199 * (two - one))));
    }
}
