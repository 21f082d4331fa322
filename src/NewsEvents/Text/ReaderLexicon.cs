using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace NewsEvents.Text;

/// <summary>A wire agency or outlet the reader recognizes, with the forms it is written in.</summary>
/// <param name="Name">The fullest name.</param>
/// <param name="Forms">Every form (name and aliases), longest first.</param>
internal sealed record AgencyEntry(string Name, ImmutableArray<string> Forms);

/// <summary>The reader's lexicon: abbreviations, boilerplate cues, agencies; loaded once from an embedded resource.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ReaderLexicon
{
    // The logical name carries the folder with the build machine's separator, so match both.
    private static readonly ImmutableArray<string> ResourceNames = ["NewsEvents.Resources.Text/reader.json", "NewsEvents.Resources.Text\\reader.json"];

    private ReaderLexicon(JsonElement root)
    {
        TitleAbbreviations = Set(root, "titleAbbreviations");
        NumberAbbreviations = Set(root, "numberAbbreviations");
        InlineAbbreviations = Set(root, "inlineAbbreviations");
        SentenceStarters = Set(root, "sentenceStarters");
        LegalStrongCues = List(root, "legalStrongCues");
        LegalWeakCues = List(root, "legalWeakCues");
        PhotoCues = List(root, "photoCues");
        RelatedCues = List(root, "relatedCues");
        BylinePrefixes = List(root, "bylinePrefixes");
        CreditCues = List(root, "creditCues");
        RelayCues = List(root, "relayCues").Sort((a, b) => b.Length.CompareTo(a.Length));
        RelayModifiers = Set(root, "relayModifiers");
        AgencyHeads = Set(root, "agencyHeads");
        StopWords = Set(root, "stopWords");
        var agencies = ImmutableArray.CreateBuilder<AgencyEntry>();
        var byForm = new Dictionary<string, AgencyEntry>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("agencies").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var forms = item.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(name)
                .Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToImmutableArray();
            var entry = new AgencyEntry(name, forms);
            agencies.Add(entry);
            foreach (var form in forms)
            {
                byForm.TryAdd(form, entry);
            }
        }

        Agencies = agencies.ToImmutable();
        AgencyByForm = byForm.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the lexicon embedded in the library.</summary>
    public static ReaderLexicon Default { get; } = Load();

    public FrozenSet<string> TitleAbbreviations { get; }

    public FrozenSet<string> NumberAbbreviations { get; }

    public FrozenSet<string> InlineAbbreviations { get; }

    public FrozenSet<string> SentenceStarters { get; }

    public ImmutableArray<string> LegalStrongCues { get; }

    public ImmutableArray<string> LegalWeakCues { get; }

    public ImmutableArray<string> PhotoCues { get; }

    public ImmutableArray<string> RelatedCues { get; }

    public ImmutableArray<string> BylinePrefixes { get; }

    public ImmutableArray<string> CreditCues { get; }

    public ImmutableArray<string> RelayCues { get; }

    public FrozenSet<string> RelayModifiers { get; }

    public FrozenSet<string> AgencyHeads { get; }

    public FrozenSet<string> StopWords { get; }

    public ImmutableArray<AgencyEntry> Agencies { get; }

    public FrozenDictionary<string, AgencyEntry> AgencyByForm { get; }

    private static ReaderLexicon Load()
    {
        var assembly = typeof(ReaderLexicon).Assembly;
        using var stream = ResourceNames.Select(assembly.GetManifestResourceStream).FirstOrDefault(s => s is not null)
            ?? throw new InvalidOperationException($"embedded resource {ResourceNames[0]} is missing from {assembly.GetName().Name}");
        using var document = JsonDocument.Parse(stream);
        return new ReaderLexicon(document.RootElement.Clone());
    }

    private static ImmutableArray<string> List(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToImmutableArray();

    private static FrozenSet<string> Set(JsonElement root, string name) =>
        List(root, name).ToFrozenSet(StringComparer.Ordinal);
}
