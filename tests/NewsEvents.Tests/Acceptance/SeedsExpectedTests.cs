using System.Globalization;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Tests.Acceptance;

/// <summary>What a careful reader finds in the seeds (TestData/seeds-expected.json) is what the report says.</summary>
[Category("Acceptance")]
public sealed class SeedsExpectedTests
{
    private static readonly JObject Expected = JObject.Parse(SeedsReport.ExpectedJson);

    private static ReconciliationReport Report => SeedsReport.Report;

    public static IEnumerable<TestCaseData> ReferenceDates() =>
        ((JObject)Expected["referenceDates"]!).Properties().Select(p => new TestCaseData(p.Name, (JObject)p.Value).SetName("ReferenceDate_" + p.Name[..3]));

    [TestCaseSource(nameof(ReferenceDates))]
    public void ReferenceDate_AsACarefulReaderInfersIt(string articleId, JObject expected)
    {
        var actual = Report.Articles.Single(a => a.Id == articleId).ReferenceDate;
        Assert.Multiple(() =>
        {
            if (expected["date"] is { } date)
            {
                Assert.That(actual.Date, Is.EqualTo(NodaTime.Text.LocalDatePattern.Iso.Parse((string)date!).Value), actual.ToString());
                Assert.That(actual.Basis.ToString(), Is.EqualTo((string)expected["basis"]!).IgnoreCase);
            }

            if (expected["year"] is { } year)
            {
                Assert.That(actual.Year, Is.EqualTo((int)year), actual.ToString());
            }
        });
    }

    public static IEnumerable<TestCaseData> ExpectedConflicts() =>
        Expected["conflicts"]!.Select((c, i) => new TestCaseData((JObject)c).SetName("Conflict_" + (string)c["property"]! + "_" + i));

    [TestCaseSource(nameof(ExpectedConflicts))]
    public void Conflict_IsReportedWithBothSides(JObject expected)
    {
        var property = Enum.Parse<ClaimProperty>((string)expected["property"]!, ignoreCase: true);
        var sides = expected["sides"]!.Select(s => s["articles"]!.Select(a => (string)a!).ToHashSet()).ToList();
        var match = Report.Conflicts.Where(c => c.Property == property).FirstOrDefault(c =>
            sides.All(side => c.Sides.Any(actual => side.IsSubsetOf(actual.Articles))) &&
            sides.Count(side => c.Sides.Any(actual => actual.Articles.Any(side.Contains))) == sides.Count &&
            !SidesMix(c, sides));
        Assert.That(match, Is.Not.Null,
            $"no {property} conflict with sides {string.Join(" vs ", sides.Select(s => string.Join(",", s)))}; conflicts: " +
            string.Join("; ", Report.Conflicts.Select(SeedsReport.Describe)));
        if (property == ClaimProperty.Date)
        {
            var values = expected["sides"]!.Select(s => (string)s["value"]!).ToList();
            var actualValues = match!.Sides.Select(s => ((TemporalValue)s.Value).Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            Assert.That(actualValues, Is.SupersetOf(values));
        }
        else if (property == ClaimProperty.Terms)
        {
            Assert.That(match!.Sides.Select(s => ((TermsValue)s.Value).Polarity), Is.EquivalentTo(new[] { Polarity.Negative, Polarity.Positive }));
        }
    }

    [Test]
    public void Conflicts_AtMostTwoBeyondTheExpected()
    {
        var expectedCount = Expected["conflicts"]!.Count();
        Assert.That(Report.Conflicts, Has.Length.LessThanOrEqualTo(expectedCount + 2),
            string.Join("\n", Report.Conflicts.Select(SeedsReport.Describe)));
    }

    public static IEnumerable<TestCaseData> ExpectedCorroborations() =>
        Expected["corroborations"]!.Select((c, i) => new TestCaseData((JObject)c).SetName("Corroboration_" + i + "_" + ((string)c["subject"]!).Replace(' ', '_')));

    [TestCaseSource(nameof(ExpectedCorroborations))]
    public void Corroboration_IsReportedWithItsArticles(JObject expected)
    {
        var property = Enum.Parse<ClaimProperty>((string)expected["property"]!, ignoreCase: true);
        var articles = expected["articles"]!.Select(a => (string)a!).ToList();
        var value = (string?)expected["value"];
        var candidates = Report.Corroborations.Where(c => c.Property == property && articles.All(c.Articles.Contains));
        if (value is not null)
        {
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse(value).Value;
            candidates = candidates.Where(c => c.Value is TemporalValue t && t.Start <= day && day <= t.End && t.Start == day);
        }

        if (property == ClaimProperty.Target)
        {
            candidates = candidates.Where(c => c.Value is ActorValue { ActorId: var id } && id.Contains("islamic-state", StringComparison.Ordinal));
        }

        Assert.That(candidates.ToList(), Is.Not.Empty,
            $"no {property} corroboration over {string.Join(",", articles)}{(value is null ? "" : " = " + value)}; corroborations: " +
            string.Join("; ", Report.Corroborations.Where(c => c.Property == property).Select(c => $"{c.Value} [{string.Join(",", c.Articles)}]")));
    }

    public static IEnumerable<TestCaseData> AliasGroups() =>
        Expected["aliases"]!.Select(g => new TestCaseData((object)g.Select(a => (string)a!).ToArray()).SetName("Aliases_" + ((string)g[0]!).Replace(' ', '_')));

    [TestCaseSource(nameof(AliasGroups))]
    public void Aliases_ResolveToOneEntityThatListsThem(string[] group)
    {
        var entities = Report.Actors.Select(a => (a.Id, Names: a.Aliases.Add(a.Name)))
            .Concat(Report.Places.Select(p => (p.Id, Names: p.Aliases.Add(p.Name))))
            .Concat(Report.Sources.Select(s => (s.Id, Names: s.Aliases.Add(s.Name))))
            .ToList();
        var owners = group.Select(alias => entities.Where(e => e.Names.Any(n => Fold(n) == Fold(alias))).Select(e => e.Id).Distinct().ToList()).ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < group.Length; i++)
            {
                Assert.That(owners[i], Is.Not.Empty, $"alias '{group[i]}' is listed on no entity");
            }

            var shared = owners.Where(o => o.Count > 0).Aggregate((IEnumerable<string>)owners.First(o => o.Count > 0), (acc, o) => acc.Intersect(o)).ToList();
            Assert.That(shared, Is.Not.Empty, $"aliases {string.Join(", ", group)} do not resolve to one entity: " +
                string.Join(" | ", group.Select((g, i) => g + "→" + string.Join(",", owners[i]))));
        });
    }

    public static IEnumerable<TestCaseData> Attributions() =>
        Expected["attribution"]!.Select(a => new TestCaseData((string)a["article"]!, (string)a["speaker"]!, a["via"]!.Select(v => (string)v!).ToArray())
            .SetName("Attribution_" + ((string)a["article"]!)[..3]));

    [TestCaseSource(nameof(Attributions))]
    public void Attribution_SpeakerAndRelayAreFound(string article, string speaker, string[] via)
    {
        var speakerIds = Report.Actors.Where(a => Fold(a.Name) == Fold(speaker) || a.Aliases.Any(x => Fold(x) == Fold(speaker))).Select(a => a.Id).ToList();
        var viaIds = via.Select(v => Report.Sources.Where(s => Fold(s.Name) == Fold(v) || s.Aliases.Any(x => Fold(x) == Fold(v))).Select(s => s.Id).FirstOrDefault() ?? v).ToList();
        var claims = Report.Claims.Where(c => c.ArticleId == article && c.Attribution.Speaker is { } s && speakerIds.Contains(s)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(speakerIds, Is.Not.Empty, $"speaker {speaker} is not an actor");
            Assert.That(claims, Is.Not.Empty, $"no claim of {article} is attributed to {speaker}");
            Assert.That(claims.Where(c => viaIds.All(c.Attribution.Via.Contains)), Is.Not.Empty, $"no claim of {speaker} is relayed via {string.Join(",", viaIds)}");
        });
    }

    public static IEnumerable<TestCaseData> Hedges() =>
        Expected["hedged"]!.Select(h => new TestCaseData((string)h["article"]!, (string)h["text"]!, Enum.Parse<Certainty>((string)h["certainty"]!, true))
            .SetName("Hedged_" + ((string)h["article"]!)[..3]));

    [TestCaseSource(nameof(Hedges))]
    public void Hedge_LowersCertaintyOfTheClaimsItCovers(string article, string text, Certainty certainty)
    {
        var analysis = SeedsReport.Analyses.Single(a => a.Article.Id == article);
        var start = analysis.Article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        var sentence = analysis.Article.Sentences.Single(s => s.Offset <= start && start < s.End);
        var covered = Report.Claims.Where(c => c.ArticleId == article && c.Evidence.Offset >= sentence.Offset && c.Evidence.Offset < sentence.End).ToList();
        Assert.That(covered, Is.Not.Empty, "no claim from the hedged sentence");
        Assert.That(covered.Where(c => c.Factuality.Certainty == certainty), Is.Not.Empty,
            string.Join("; ", covered.Select(c => c.ToString())));
    }

    public static IEnumerable<TestCaseData> Boilerplate() =>
        Expected["boilerplate"]!.SelectMany(b => b["text"]!.Select(t => new TestCaseData((string)b["article"]!, (string)t!)
            .SetName("Boilerplate_" + ((string)b["article"]!)[..3] + "_" + new string(((string)t!).Where(char.IsLetterOrDigit).Take(24).ToArray()))));

    [TestCaseSource(nameof(Boilerplate))]
    public void Boilerplate_IsSetAsideAndNeverClaimed(string article, string text)
    {
        var analysis = SeedsReport.Analyses.Single(a => a.Article.Id == article);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Article.Boilerplate.Any(b => b.Text.Contains(text, StringComparison.Ordinal)), Is.True, "not in Boilerplate");
            Assert.That(analysis.Article.Sentences.Any(s => s.Text.Contains(text, StringComparison.Ordinal)), Is.False, "still a sentence");
            Assert.That(analysis.Claims.Any(c => c.Evidence.Text.Contains(text, StringComparison.Ordinal)), Is.False, "claimed from boilerplate");
        });
    }

    [Test]
    public void NotConflicts_MonthAndDayInside_AndRangeAndDayInside_AreNotReported()
    {
        var temporal = Report.Conflicts.Where(c => c.Kind == ConflictKind.Temporal).ToList();
        var months = temporal.Where(c => c.Sides.Any(s => s.Value is TemporalValue { Granularity: TemporalGranularity.Month } m &&
            c.Sides.Any(o => o != s && o.Value is TemporalValue d && m.Contains(d)))).ToList();
        var ranges = temporal.Where(c => c.Sides.Any(s => s.Value is TemporalValue r && r.Start != r.End &&
            c.Sides.Any(o => o != s && o.Value is TemporalValue d && r.Contains(d)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(months.Select(SeedsReport.Describe), Is.Empty);
            Assert.That(ranges.Select(SeedsReport.Describe), Is.Empty);
        });
    }

    [Test]
    public void Report_EveryEvidenceIsFoundInItsArticle()
    {
        var articles = SeedsReport.Analyses.ToDictionary(a => a.Article.Id, a => a.Article);
        Assert.That(Report.Claims.Where(c => !c.Evidence.IsFoundIn(articles[c.ArticleId])).Select(c => c.Id), Is.Empty);
    }

    /// <summary>True when one reported side holds articles that the expectation puts on different sides.</summary>
    private static bool SidesMix(Conflict conflict, List<HashSet<string>> expectedSides) =>
        conflict.Sides.Any(side => expectedSides.Count(expected => side.Articles.Any(expected.Contains)) > 1);

    private static string Fold(string s) =>
        new string(s.Normalize(System.Text.NormalizationForm.FormD).Where(ch => char.IsLetterOrDigit(ch)).ToArray()).ToLowerInvariant();
}
