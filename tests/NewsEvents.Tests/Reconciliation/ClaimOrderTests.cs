// FsCheck supplies the parameters of [Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027
using NewsEvents.Reconciliation;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace NewsEvents.Tests.Reconciliation;

/// <summary>
/// The report's claims come in one order, by claim id then article (<see cref="Reconciler.InClaimOrder"/>). It sorts each
/// article's claims and chains the articles when their ids allow it, and sorts all claims together otherwise: either way
/// the order is that of sorting all claims at once.
/// </summary>
public sealed class ClaimOrderTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        static TestCaseData Case(string name, params (string Article, string[] ClaimIds)[] articles) =>
            new TestCaseData((object)articles).SetName("InClaimOrder_" + name);

        static string[] Numbered(string article, int count) => [.. Enumerable.Range(1, count).Select(n => $"{article}/c{n}")];

        yield return Case("ArticlesInIdOrder", ("a", Numbered("a", 12)), ("b", Numbered("b", 3)));
        yield return Case("ArticlesOutOfOrder", ("b", Numbered("b", 3)), ("a", Numbered("a", 12)), ("c", Numbered("c", 1)));
        // "a-1/…" sorts before "a/…" although the article "a" sorts before "a-1".
        yield return Case("ArticleIdThatSortsBeforeTheSlash", ("a", Numbered("a", 11)), ("a-1", Numbered("a-1", 11)));
        // The claims of "a/c1" fall between those of "a": chaining fails and all claims are sorted together.
        yield return Case("ArticleIdThatIsAnotherArticlesClaimId", ("a", Numbered("a", 11)), ("a/c1", Numbered("a/c1", 3)));
        yield return Case("ClaimIdsWithoutTheArticle", ("a", ["z", "m", "b"]), ("b", ["c", "y"]));
        yield return Case("SameClaimIdInTwoArticles", ("a", ["x/c1", "x/c2"]), ("b", ["x/c1"]));
        yield return Case("ArticlesWithoutClaims", ("a", []), ("b", Numbered("b", 2)), ("c", []));
        yield return Case("NoArticles");
    }

    [TestCaseSource(nameof(Cases))]
    public void InClaimOrder_AnyIds_SameAsSortingAllClaims((string Article, string[] ClaimIds)[] articles)
    {
        foreach (var degree in new[] { 1, 2 })
        {
            var (perArticle, expected) = Build(articles);
            var ordered = Reconciler.InClaimOrder(perArticle, degree);
            Assert.That(ordered.Select(Key), Is.EqualTo(expected.Select(Key)), $"degree {degree}");
        }
    }

    [Property(MaxTest = 200)]
    public bool InClaimOrder_RandomIds_SameAsSortingAllClaims(byte[][]? shape, bool numbered)
    {
        // Article ids and claim ids from a small alphabet with '/' and '-' in it, so that chaining often fails.
        const string Alphabet = "ab/-c1";
        string Word(byte[] bytes, int from) => new([.. bytes.Skip(from).Take(3).Select(b => Alphabet[b % Alphabet.Length])]);
        var articles = (shape ?? []).Where(s => s is not null).Select((s, i) => ("x" + Word(s, 0) + i,
            numbered ? Enumerable.Range(1, s.Length).Select(n => $"x{Word(s, 0)}{i}/c{n}").ToArray()
                     : Enumerable.Range(0, s.Length).Select(n => Word(s, n)).ToArray())).ToArray();
        var (perArticle, expected) = Build(articles);
        return Reconciler.InClaimOrder(perArticle, 2).Select(Key).SequenceEqual(expected.Select(Key));
    }

    private static string Key((Claim Claim, bool MentionOnly) entry) => entry.Claim.Id + "@" + entry.Claim.ArticleId;

    // Each article's claims as the reconciler holds them, and all claims sorted at once.
    private static ((Claim Claim, bool MentionOnly)[][] PerArticle, (Claim Claim, bool MentionOnly)[] Expected) Build(
        (string Article, string[] ClaimIds)[] articles)
    {
        var perArticle = articles.Select(a => a.ClaimIds.Select((id, k) => (Claim: Claim(id, a.Article), MentionOnly: k % 2 == 0)).ToArray()).ToArray();
        var expected = perArticle.SelectMany(a => a).ToArray();
        Array.Sort(expected, (x, y) =>
        {
            var c = string.CompareOrdinal(x.Claim.Id, y.Claim.Id);
            return c != 0 ? c : string.CompareOrdinal(x.Claim.ArticleId, y.Claim.ArticleId);
        });
        return (perArticle, expected);
    }

    private static Claim Claim(string id, string article) =>
        new(id, "ev-1", ClaimProperty.Occurred, article, new TextValue("happened"), Attribution.Outlet, Factuality.Fact,
            new Evidence(article, 0, "It happened."));
}
