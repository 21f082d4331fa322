using NewsEvents.Claims;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Claims;

[Explicit("prints extraction output for inspection")]
public class ClaimDebugTests
{
    [Test]
    public void Seeds_Print()
    {
        foreach (var (id, text) in Seeds.All())
        {
            var article = ArticleReader.Read(text, new ArticleMetadata(id, published: new LocalDate(2025, 7, 23)));
            var analysis = new ClaimExtractor().Extract(article, TestEntities.Resolve(text), default, default);
            TestContext.Out.WriteLine("=== " + id);
            TestContext.Out.WriteLine(TestEntities.Describe(analysis));
            foreach (var c in analysis.Claims.Where(c => c.Property is ClaimProperty.Agent or ClaimProperty.Recipient or ClaimProperty.Target))
            {
                TestContext.Out.WriteLine("EV " + c.Id + " " + c.Property + "=" + ((ActorValue)c.Value).ActorId + " :: " + c.Evidence.Text);
            }
        }

        Assert.Pass();
    }
}

[Explicit("prints pipeline output for inspection")]
public class ClaimPipelineDebugTests
{
    [Test]
    public void Seeds_PrintPipeline()
    {
        var pipeline = NewsPipeline.CreateDefault();
        foreach (var (id, text) in Seeds.All())
        {
            var analysis = pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata(id, published: new LocalDate(2025, 7, 23))));
            TestContext.Out.WriteLine("=== " + id + " relays=" + string.Join(",", analysis.Article.Relays) + " credits=" + string.Join(",", analysis.Article.Credits));
            TestContext.Out.WriteLine(TestEntities.Describe(analysis));
            foreach (var t in analysis.TemporalMentions)
            {
                TestContext.Out.WriteLine("TM " + t);
            }
        }

        Assert.Pass();
    }
}
