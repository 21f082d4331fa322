using NewsEvents.Orleans.Grains;
using NewsEvents.Orleans.Tests.Support;

namespace NewsEvents.Orleans.Tests.Cluster;

/// <summary>The shard key: the story's blocking key, stable across processes, optionally split for hot stories.</summary>
public sealed class StoryKeyTests
{
    [Test]
    public void StableHash_KnownInput_IsFnv1a()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StoryKey.StableHash(""), Is.EqualTo(2166136261u));
            Assert.That(StoryKey.StableHash("a"), Is.EqualTo(0xE40C292Cu));
        });
    }

    [Test]
    public void Of_SeedArticle_IsBlockingKeyOrSplitOfIt()
    {
        var article = Corpus.SeedArticles()[0];
        var analysis = NewsPipeline.CreateDefault().Analyze(ArticleReader.Read(article.Text, article.Metadata));
        var key = StoryKey.BlockingKey(analysis);

        Assert.Multiple(() =>
        {
            Assert.That(key.Split('/'), Has.Length.EqualTo(3), key);
            Assert.That(StoryKey.Of(analysis, 1), Is.EqualTo(key));
            Assert.That(StoryKey.Of(analysis, 4), Does.Match("^" + System.Text.RegularExpressions.Regex.Escape(key) + "#[0-3]$"));
        });
    }

    [Test]
    public void Of_ArticleWithoutEvents_GoesToALooseBucket()
    {
        var analysis = new ArticleAnalysis(ArticleReader.Read("Nothing happened.", new ArticleMetadata("quiet")));

        Assert.That(StoryKey.Of(analysis, 1), Does.Match("^loose/[0-9]+$"));
    }
}
