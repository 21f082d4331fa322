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
