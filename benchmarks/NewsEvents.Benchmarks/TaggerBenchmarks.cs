using BenchmarkDotNet.Attributes;
using NodaTime;

namespace NewsEvents.Benchmarks;

/// <summary>Throughput of the temporal and quantity taggers over news text, against a plain tokenizer loop as the floor.</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private readonly TemporalTagger _temporal = new();
    private readonly QuantityTagger _quantities = QuantityTagger.Default;
    private string _text = "";

    /// <summary>Gets or sets the text size in characters.</summary>
    [Params(4_096, 262_144, 4_194_304)]
    public int Size { get; set; }

    /// <summary>Builds the text.</summary>
    [GlobalSetup]
    public void Setup() => _text = SyntheticCorpus.TextOfSize(Size);

    /// <summary>A plain per-character tokenizer loop: the floor a tagger cannot beat.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int TokenizerLoop()
    {
        var tokens = 0;
        var inWord = false;
        foreach (var c in _text)
        {
            var word = char.IsLetterOrDigit(c);
            if (word && !inWord)
            {
                tokens++;
            }

            inWord = word;
        }

        return tokens;
    }

    /// <summary>Temporal tagging.</summary>
    /// <returns>The number of mentions.</returns>
    [Benchmark]
    public int Temporal() => _temporal.Tag(_text, SyntheticCorpus.Reference).Length;

    /// <summary>Quantity tagging.</summary>
    /// <returns>The number of mentions.</returns>
    [Benchmark]
    public int Quantity() => _quantities.Tag(_text).Length;

    /// <summary>Both taggers, as the pipeline runs them.</summary>
    /// <returns>The number of mentions.</returns>
    [Benchmark]
    public int TemporalAndQuantity() => _temporal.Tag(_text, SyntheticCorpus.Reference).Length + _quantities.Tag(_text).Length;
}
