using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Newtonsoft.Json.Linq;

namespace NewsEvents.Quantities;

/// <summary>How a modifier before a number bounds it.</summary>
internal enum QuantityModifier
{
    None,
    Above,
    AtLeast,
    Approximately,
    Nearly,
    AtMost,
    Below,
    Between,
}

/// <summary>What a counted noun measures.</summary>
internal enum UnitKind
{
    None,
    Count,
    Continuous,
    Percent,
}

/// <summary>A multi-word modifier such as "more than".</summary>
internal sealed record ModifierPhrase(ImmutableArray<string> Words, QuantityModifier Modifier);

/// <summary>Everything the lexicon knows about one word; a word may play several roles. Immutable.</summary>
internal sealed class QuantityWord
{
    public QuantityWord(QuantityWordBuilder b)
    {
        Number = b.Number;
        IsTens = b.IsTens;
        Scale = b.Scale;
        ScaleIsApproximate = b.ScaleIsApproximate;
        AbbreviatedScale = b.AbbreviatedScale;
        AttachedScale = b.AttachedScale;
        PluralScale = b.PluralScale;
        FewMin = b.FewMin;
        FewMax = b.FewMax;
        FewNeedsArticle = b.FewNeedsArticle;
        Phrases = b.Phrases;
        Unit = b.Unit;
        IsStatus = b.IsStatus;
        IsAdjective = b.IsAdjective;
        IsMonth = b.IsMonth;
        IsTime = b.IsTime;
        IsIdentifierNoun = b.IsIdentifierNoun;
        IsNotUnit = b.IsNotUnit;
        StartsAmount = b.StartsAmount;
        IsSingularUnit = b.IsSingularUnit;
        IsNotAfterOne = b.IsNotAfterOne;
        IsCompositionNoun = b.IsCompositionNoun;
        Denominator = b.Denominator;
        Currency = b.Currency;
        IsStrengthSuffix = b.IsStrengthSuffix;
        TollUnit = b.TollUnit;
        IsChangeVerb = b.IsChangeVerb;
    }

    public decimal? Number { get; }

    public bool IsTens { get; }

    public decimal? Scale { get; }

    public bool ScaleIsApproximate { get; }

    public decimal? AbbreviatedScale { get; }

    public decimal? AttachedScale { get; }

    public decimal? PluralScale { get; }

    public decimal? FewMin { get; }

    public decimal? FewMax { get; }

    public bool FewNeedsArticle { get; }

    public ImmutableArray<ModifierPhrase> Phrases { get; }

    public UnitKind Unit { get; }

    public bool IsStatus { get; }

    public bool IsAdjective { get; }

    public bool IsMonth { get; }

    public bool IsTime { get; }

    public bool IsIdentifierNoun { get; }

    public bool IsNotUnit { get; }

    public bool StartsAmount { get; }

    /// <summary>Gets a value indicating whether a quantity may start at this word.</summary>
    /// <summary>Gets a value indicating whether the word is a singular counted noun, a unit only after "one" ("one child").</summary>
    public bool IsSingularUnit { get; }

    /// <summary>Gets a value indicating whether "one" before the word is an idiom, not a count ("one day", "one another").</summary>
    public bool IsNotAfterOne { get; }

    /// <summary>Gets a value indicating whether "N-word" describes the make-up of one thing ("10-member delegation").</summary>
    public bool IsCompositionNoun { get; }

    /// <summary>Gets a value indicating whether "N-word" counts the noun that follows ("5,000-strong force").</summary>
    public bool IsStrengthSuffix { get; }

    /// <summary>Gets the unit of a bare number reported as this toll ("death toll" → "deaths"), or null.</summary>
    public string? TollUnit { get; }

    /// <summary>Gets a value indicating whether the word reports a change, so "rose from 10 to 25" is two values.</summary>
    public bool IsChangeVerb { get; }

    /// <summary>Gets the denominator of a fraction word ("half" 2, "quarters" 4, "third" 3), or null.</summary>
    public int? Denominator { get; }

    /// <summary>Gets the unit of a currency code written in capitals ("EUR" → "euros"), or null.</summary>
    public string? Currency { get; }

    public bool IsTrigger => StartsAmount || Number is not null || PluralScale is not null || FewMin is not null || !Phrases.IsEmpty || Currency is not null;
}

/// <summary>Collects the roles of one word while the lexicon loads; frozen into a <see cref="QuantityWord"/>.</summary>
internal sealed class QuantityWordBuilder
{
    public decimal? Number { get; set; }

    public bool IsTens { get; set; }

    public decimal? Scale { get; set; }

    public bool ScaleIsApproximate { get; set; }

    public decimal? AbbreviatedScale { get; set; }

    public decimal? AttachedScale { get; set; }

    public decimal? PluralScale { get; set; }

    public decimal? FewMin { get; set; }

    public decimal? FewMax { get; set; }

    public bool FewNeedsArticle { get; set; }

    public ImmutableArray<ModifierPhrase> Phrases { get; set; } = ImmutableArray<ModifierPhrase>.Empty;

    public UnitKind Unit { get; set; }

    public bool IsStatus { get; set; }

    public bool IsAdjective { get; set; }

    public bool IsMonth { get; set; }

    public bool IsTime { get; set; }

    public bool IsIdentifierNoun { get; set; }

    public bool IsNotUnit { get; set; }

    public bool StartsAmount { get; set; }

    public bool IsSingularUnit { get; set; }

    public bool IsNotAfterOne { get; set; }

    public bool IsCompositionNoun { get; set; }

    public bool IsStrengthSuffix { get; set; }

    public string? TollUnit { get; set; }

    public bool IsChangeVerb { get; set; }

    public int? Denominator { get; set; }

    public string? Currency { get; set; }
}

/// <summary>The immutable word lists of the quantity tagger, loaded once from an embedded JSON resource.</summary>
internal sealed class QuantityLexicon
{

    private QuantityLexicon(WordTable<QuantityWord> words) => Words = words;

    /// <summary>Gets the embedded default lexicon.</summary>
    public static QuantityLexicon Default { get; } = Load();

    public WordTable<QuantityWord> Words { get; }

    private static QuantityLexicon Load() => Parse(JObject.Parse(Internal.EmbeddedData.Read("quantities.lexicon.json")));

    internal static QuantityLexicon Parse(JObject json)
    {
        var words = new Dictionary<string, QuantityWordBuilder>(StringComparer.OrdinalIgnoreCase);
        QuantityWordBuilder Get(string word) => words.TryGetValue(word, out var w) ? w : words[word] = new QuantityWordBuilder();
        IEnumerable<(string Word, decimal Value)> Numbers(string name)
        {
            foreach (var p in (JObject?)json[name] ?? [])
            {
                yield return (p.Key, p.Value!.Value<decimal>());
            }
        }

        IEnumerable<string> List(string name)
        {
            foreach (var t in (JArray?)json[name] ?? [])
            {
                yield return t.Value<string>()!;
            }
        }

        foreach (var (w, v) in Numbers("numbers"))
        {
            Get(w).Number = v;
        }

        foreach (var (w, v) in Numbers("tens"))
        {
            Get(w).Number = v;
            Get(w).IsTens = true;
        }

        foreach (var (w, v) in Numbers("scales"))
        {
            Get(w).Scale = v;
        }

        foreach (var (w, v) in Numbers("approximateScales"))
        {
            Get(w).Scale = v;
            Get(w).ScaleIsApproximate = true;
        }

        foreach (var (w, v) in Numbers("abbreviatedScales"))
        {
            Get(w).AbbreviatedScale = v;
        }

        foreach (var (w, v) in Numbers("attachedScales"))
        {
            Get(w).AttachedScale = v;
        }

        foreach (var (w, v) in Numbers("pluralScales"))
        {
            Get(w).PluralScale = v;
        }

        foreach (var p in (JObject?)json["fewWords"] ?? [])
        {
            var w = Get(p.Key);
            w.FewMin = p.Value!["min"]!.Value<decimal>();
            w.FewMax = p.Value["max"]?.Value<decimal?>();
            w.FewNeedsArticle = p.Value["article"]?.Value<bool>() ?? false;
        }

        var phrases = new Dictionary<string, List<ModifierPhrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in (JObject?)json["modifiers"] ?? [])
        {
            var modifier = Enum.Parse<QuantityModifier>(p.Key, ignoreCase: true);
            foreach (var t in (JArray)p.Value!)
            {
                var parts = t.Value<string>()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var phrase = new ModifierPhrase([.. parts], modifier);
                if (!phrases.TryGetValue(parts[0], out var list))
                {
                    phrases[parts[0]] = list = [];
                }

                list.Add(phrase);
            }
        }

        foreach (var (first, list) in phrases)
        {
            // Longest first, so "just over" wins over a shorter phrase sharing its first word.
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            Get(first).Phrases = [.. list];
        }

        foreach (var w in List("countUnits"))
        {
            Get(w).Unit = UnitKind.Count;
        }

        foreach (var w in List("continuousUnits"))
        {
            Get(w).Unit = UnitKind.Continuous;
        }

        foreach (var w in List("percentWords"))
        {
            Get(w).Unit = UnitKind.Percent;
        }

        foreach (var w in List("statusWords"))
        {
            Get(w).IsStatus = true;
        }

        foreach (var w in List("adjectives"))
        {
            Get(w).IsAdjective = true;
        }

        foreach (var w in List("months"))
        {
            Get(w).IsMonth = true;
        }

        foreach (var w in List("timeWords"))
        {
            Get(w).IsTime = true;
        }

        foreach (var w in List("identifierNouns"))
        {
            Get(w).IsIdentifierNoun = true;
        }

        foreach (var w in List("notUnits"))
        {
            Get(w).IsNotUnit = true;
        }

        foreach (var w in List("singularUnits"))
        {
            Get(w).IsSingularUnit = true;
        }

        foreach (var w in List("notAfterOne"))
        {
            Get(w).IsNotAfterOne = true;
        }

        foreach (var w in List("compositionNouns"))
        {
            Get(w).IsCompositionNoun = true;
        }

        foreach (var w in List("strengthSuffixes"))
        {
            Get(w).IsStrengthSuffix = true;
        }

        foreach (var w in List("changeVerbs"))
        {
            Get(w).IsChangeVerb = true;
        }

        foreach (var (w, v) in Numbers("fractions"))
        {
            Get(w).Denominator = (int)v;
        }

        foreach (var p in (JObject?)json["currencyCodes"] ?? [])
        {
            Get(p.Key).Currency = p.Value!.Value<string>();
        }

        foreach (var p in (JObject?)json["tolls"] ?? [])
        {
            Get(p.Key).TollUnit = p.Value!.Value<string>();
        }

        // "a" and "an" start "a dozen", "a few", "a hundred"; "half" starts "half a million"; "per" starts "per cent".
        Get("a").StartsAmount = true;
        Get("an").StartsAmount = true;
        Get("half").StartsAmount = true;
        Get("of");
        Get("the");
        Get("and");
        Get("to");
        Get("or");
        Get("per");
        Get("cent");
        Get("no");
        Get("old");
        Get("toll");
        var frozen = new Dictionary<string, QuantityWord>(words.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, builder) in words)
        {
            frozen[word] = new QuantityWord(builder);
        }

        return new QuantityLexicon(new WordTable<QuantityWord>(frozen));
    }
}
