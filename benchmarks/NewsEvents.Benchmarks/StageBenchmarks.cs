using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsEvents.Claims;
using NewsEvents.Entities;

namespace NewsEvents.Benchmarks;

/// <summary>The two per-article stages after tagging, alone: entity resolution and claim extraction (internal types).</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly EntityResolver _resolver = new(Gazetteer.Default);
    private readonly ClaimExtractor _extractor = new();
    private List<Article> _articles = [];
    private List<(EntityResolution Entities, ImmutableArray<TemporalMention> Temporal, ImmutableArray<QuantityMention> Quantities)> _tagged = [];

    /// <summary>Gets or sets the number of articles.</summary>
    [Params(100)]
    public int Articles { get; set; }

    /// <summary>Reads the articles and runs the stages before the measured ones.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var pipeline = NewsPipeline.CreateDefault();
        _articles = SyntheticCorpus.Articles(Articles).Select(i => ArticleReader.Read(i.Text, new ArticleMetadata(i.Id, published: i.Published))).ToList();
        _tagged = _articles.Select(a =>
        {
            var analysis = pipeline.Analyze(a);
            return (_resolver.Resolve(a), analysis.TemporalMentions, analysis.QuantityMentions);
        }).ToList();
    }

    /// <summary>Entity resolution (gazetteer matching, discovery, coreference).</summary>
    /// <returns>The number of entity mentions.</returns>
    [Benchmark]
    public int ResolveEntities()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            mentions += _resolver.Resolve(article).Mentions.Length;
        }

        return mentions;
    }

    /// <summary>Claim extraction (frames, roles, attribution, assembly) from resolved entities and tagged mentions.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ExtractClaims()
    {
        var claims = 0;
        for (var i = 0; i < _articles.Count; i++)
        {
            var (entities, temporal, quantities) = _tagged[i];
            claims += _extractor.Extract(_articles[i], entities, temporal, quantities).Claims.Length;
        }

        return claims;
    }
}
