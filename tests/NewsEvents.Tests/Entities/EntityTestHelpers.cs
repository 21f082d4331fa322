using NewsEvents.Entities;

namespace NewsEvents.Tests.Entities;

/// <summary>Shared helpers for entity tests.</summary>
internal static class EntityTestHelpers
{
    public static EntityResolution Resolve(string text, Gazetteer? gazetteer = null) =>
        new EntityResolver(gazetteer ?? Gazetteer.Default).Resolve(ArticleReader.Read(text, new ArticleMetadata("t")));

    public static string Dump(EntityResolution resolution) =>
        string.Join("\n", resolution.Mentions.Select(m => $"{m.Offset,5} {m.Text,-45} {m.EntryId,-40} {m.Category} {m.Kind}"));
}
