using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using NewsEvents.Tests.Support;

namespace NewsEvents.Tests.Model;

/// <summary>
/// Equality covers every property (compiler-generated record equality over value-compared collections), and the constructors
/// and the validators agree on what is valid, in both directions.
/// </summary>
public sealed class ModelPropertyTests
{
    private static readonly Config Properties = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Func<ModelGenerator, object>[] Makers =
    [
        g => g.Source(), g => g.Actor(), g => g.Place(), g => g.Temporal(), g => g.Quantity(), g => g.Claim("a1"), g => g.Event(), g => g.EventMention(),
        g => g.Article(), g => g.Metadata(), g => g.ReferenceDate(), g => g.TemporalMention(), g => g.QuantityMention(), g => g.Analysis(),
        g => g.Conflict(), g => g.Corroboration(), g => g.Summary(), g => g.Report(), g => g.Attribution(), g => g.Evidence("a1"),
        g => new TermsValue(g.Phrase(), g.Phrase(), g.Enum<Polarity>()), g => new ActorValue(g.Phrase(), g.Id()), g => new PlaceValue(g.Phrase(), g.Id()),
        g => new TextValue(g.Phrase()), g => new Sentence(3, g.Phrase(), 1), g => new BoilerplateBlock(g.Enum<BoilerplateKind>(), 2, g.Phrase(), g.Phrase()),
    ];

    public static IEnumerable<TestCaseData> ModelTypes() =>
        Makers.Select((make, i) => new TestCaseData(i).SetName("Equals_EachPropertyChangedInTurn_NotEqual(" + make(new ModelGenerator(0)).GetType().Name + ")"));

    /// <summary>
    /// Builds instances, then for each constructor parameter and each <c>init</c> property builds a copy that differs in that
    /// value only; every copy must differ from the original. Every parameter and property must get a valid variant on some seed.
    /// </summary>
    [TestCaseSource(nameof(ModelTypes))]
    public void Equals_EachPropertyChangedInTurn_NotEqual(int maker)
    {
        var type = Makers[maker](new ModelGenerator(0)).GetType();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var members = constructor.GetParameters().Select(p => "ctor:" + p.Name)
            .Concat(InitProperties(type).Select(p => "init:" + p.Name)).ToHashSet();
        var covered = new HashSet<string>();
        for (var seed = 0; seed < 60; seed++)
        {
            var original = Makers[maker](new ModelGenerator(seed));
            var parameters = constructor.GetParameters();
            var args = parameters.Select(p => Property(type, p.Name!).GetValue(original)).ToArray();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var variant in Variants(parameters[i].ParameterType, args[i], seed).Where(v => Differs(v, args[i])))
                {
                    // null is "derive it" for an optional parameter (a reference date's year, a mention's timex) and not
                    // allowed for a non-nullable one.
                    if (variant is null && (parameters[i].IsOptional || !Nullable(parameters[i])))
                    {
                        continue;
                    }

                    var changed = args.ToArray();
                    changed[i] = variant;

                    // A claim's evidence comes from the claim's article: move both together.
                    if (original is Claim claim && parameters[i].Name == "articleId" && variant is string articleId)
                    {
                        changed[System.Array.FindIndex(parameters, p => p.Name == "evidence")] = new Evidence(articleId, claim.Evidence.Offset, claim.Evidence.Text);
                    }
                    object copy;
                    try
                    {
                        copy = constructor.Invoke(changed);
                    }
                    catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
                    {
                        continue;
                    }

                    Assert.That(copy, Is.Not.EqualTo(original), $"{type.Name}({parameters[i].Name}) changed from {Describe(args[i])} to {Describe(variant)}, seed {seed}");
                    covered.Add("ctor:" + parameters[i].Name);
                }
            }

            foreach (var property in InitProperties(type))
            {
                var current = property.GetValue(original);
                foreach (var variant in Variants(property.PropertyType, current, seed).Where(v => Differs(v, current)))
                {
                    var copy = type.GetMethod("<Clone>$")!.Invoke(original, null)!;
                    try
                    {
                        property.SetValue(copy, variant);
                    }
                    catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
                    {
                        continue;
                    }

                    Assert.That(copy, Is.Not.EqualTo(original), $"{type.Name} with {{ {property.Name} = {Describe(variant)} }}, seed {seed}");
                    covered.Add("init:" + property.Name);
                }
            }
        }

        Assert.That(members.Except(covered), Is.Empty, "members no valid variant was found for");
    }

    private static bool Differs(object? variant, object? value) =>
        variant is System.Collections.IEnumerable a and not string && value is System.Collections.IEnumerable b and not string
            ? !a.Cast<object?>().SequenceEqual(b.Cast<object?>())
            : !Equals(variant, value);

    private static IEnumerable<PropertyInfo> InitProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));

    private static PropertyInfo Property(Type type, string parameter) =>
        type.GetProperty(char.ToUpperInvariant(parameter[0]) + parameter[1..], BindingFlags.Public | BindingFlags.Instance)
        ?? (parameter == "outlet" ? type.GetProperty("Outlet")! : throw new InvalidOperationException($"{type.Name} has no property for parameter {parameter}"));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable e and not string => "[" + string.Join(", ", e.Cast<object?>()) + "]",
        _ => value.ToString() ?? "",
    };

    // Values of a type that differ from the given one (some may break an invariant: the caller skips those).
    private static IEnumerable<object?> Variants(Type type, object? value, int seed)
    {
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null || !type.IsValueType)
        {
            if (value is not null)
            {
                yield return null;
            }
        }

        var t = underlying ?? type;
        if (t == typeof(string))
        {
            yield return value is string s ? s + "-x" : "other-x";
        }
        else if (t == typeof(int))
        {
            var i = value as int? ?? 0;
            yield return i + 1;
            yield return i - 1;
            yield return 2025;
        }
        else if (t == typeof(bool))
        {
            yield return !(value as bool? ?? false);
        }
        else if (t == typeof(decimal))
        {
            var d = value as decimal? ?? 0m;
            yield return d + 1;
            yield return d - 1;
        }
        else if (t == typeof(LocalDate))
        {
            var d = value as LocalDate? ?? new LocalDate(2025, 7, 23);
            yield return d.PlusDays(1);
            yield return d.PlusDays(-1);
            yield return new LocalDate(d.Year, 12, 31) == d ? new LocalDate(d.Year, 1, 1) : new LocalDate(d.Year, 12, 31);
        }
        else if (t == typeof(LocalTime))
        {
            var time = value as LocalTime? ?? new LocalTime(12, 0);
            yield return time.PlusMinutes(1);
            yield return time.PlusMinutes(-1);
        }
        else if (t == typeof(Period))
        {
            yield return Period.FromDays(seed % 5 + 40);
        }
        else if (t.IsEnum)
        {
            foreach (var other in Enum.GetValues(t).Cast<object>().Where(v => !v.Equals(value)).Take(3))
            {
                yield return other;
            }
        }
        else if (t == typeof(Factuality))
        {
            var f = (Factuality)value!;
            yield return f with { Polarity = f.Polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive };
        }
        else if (t == typeof(Timex))
        {
            yield return new Timex(TimexType.Date, "1999-01-0" + (seed % 9 + 1));
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var items = ((System.Collections.IEnumerable)value!).Cast<object?>().ToList();
            var element = t.GetGenericArguments()[0];
            if (items.Count > 0)
            {
                yield return Array(element, items.Take(items.Count - 1));
                if (items.Count > 1)
                {
                    yield return Array(element, Enumerable.Reverse(items));
                }
            }

            foreach (var extra in Variants(element, items.Count > 0 ? items[^1] : null, seed).Where(v => v is not null))
            {
                yield return Array(element, items.Append(extra));
            }

            if (items.Count > 0)
            {
                foreach (var changed in Variants(element, items[0], seed).Where(v => v is not null))
                {
                    yield return Array(element, items.Skip(1).Prepend(changed));
                }
            }
        }
        else
        {
            // A model type: another generated instance, or (for evidence) the same span moved by one character.
            if (value is Evidence evidence)
            {
                yield return new Evidence(evidence.ArticleId, evidence.Offset + 1, evidence.Text);
            }

            for (var other = 1; other <= 3; other++)
            {
                var candidate = Makers.Select(m => m(new ModelGenerator(seed * 7 + other))).FirstOrDefault(t.IsInstanceOfType);
                if (candidate is not null && !candidate.Equals(value))
                {
                    yield return candidate;
                }
            }

            if (t == typeof(Participant))
            {
                yield return new Participant("participant-" + seed, ParticipantRole.Target);
            }
            else if (t == typeof(Paragraph))
            {
                yield return new Paragraph(0, 1);
            }
        }
    }

    private static object Array(Type element, IEnumerable<object?> items)
    {
        var array = System.Array.CreateInstance(element, items.Count());
        var i = 0;
        foreach (var item in items)
        {
            array.SetValue(item, i++);
        }

        return typeof(ImmutableArray).GetMethods()
            .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(element).Invoke(null, [array])!;
    }

    private static readonly Dictionary<Type, object?[]> Pools = new()
    {
        [typeof(string)] = ["", " ", "\t", "a", " a", "a ", "x y", "turkey"],
        [typeof(int)] = [-1, 0, 3],
        [typeof(int?)] = [null, -1, 0, 3],
        [typeof(bool)] = [true, false],
        [typeof(decimal?)] = [null, -2m, 5m, 10m],
        [typeof(LocalDate)] = [new LocalDate(2025, 7, 20), new LocalDate(2025, 7, 23)],
        [typeof(LocalDate?)] = [null, new LocalDate(2025, 7, 23), new LocalDate(200, 1, 1)],
        [typeof(LocalTime)] = [new LocalTime(9, 0), new LocalTime(17, 30)],
        [typeof(ImmutableArray<string>)] = [ImmutableArray<string>.Empty, ImmutableArray.Create("a"), ImmutableArray.Create("a", " "), ImmutableArray.Create("")],
    };

    public static IEnumerable<TestCaseData> ValidatedTypes() =>
        new[]
        {
            typeof(Evidence), typeof(QuantityMention), typeof(BoilerplateBlock), typeof(Sentence), typeof(Actor), typeof(Place), typeof(Source),
            typeof(ArticleMetadata), typeof(QuantityValue), typeof(TemporalValue),
        }.Select(t => new TestCaseData(t).SetName($"Validator_AgreesWithConstructor_BothDirections({t.Name})"));

    /// <summary>
    /// Generates argument lists from pools of edge values (blank, padded, negative, undefined); the constructor accepts a list
    /// exactly when the type's validator accepts an instance holding those values (built without running the constructor).
    /// </summary>
    [TestCaseSource(nameof(ValidatedTypes))]
    public void Validator_AgreesWithConstructor_BothDirections(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var table = RuleTable(type);
        var validator = (IValidator)table.GetType().GetMethod(nameof(ModelRuleTable<Actor>.CreateValidator))!.Invoke(table, null)!;
        var outcomes = new HashSet<bool>();
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var parameters = constructor.GetParameters();
            var args = parameters.Select(p => Nullable(p) && random.Next(5) == 0 ? null : Pick(p.ParameterType, random)).ToArray();
            bool constructed;
            try
            {
                constructor.Invoke(args);
                constructed = true;
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
            {
                constructed = false;
            }

            var unchecked_ = RuntimeHelpers.GetUninitializedObject(type);
            for (var i = 0; i < parameters.Length; i++)
            {
                SetField(unchecked_, Property(type, parameters[i].Name!).Name, args[i]);
            }

            var valid = validator.Validate(new ValidationContext<object>(unchecked_)).IsValid;
            outcomes.Add(constructed);
            Assert.That(constructed, Is.EqualTo(valid),
                $"seed {seed}: new {type.Name}({string.Join(", ", args.Select(Describe))}) {(constructed ? "was built" : "threw")} but the validator says {(valid ? "valid" : "invalid")}");
        }).Check(Properties);

        Assert.That(outcomes, Is.EquivalentTo(new[] { true, false }), "the generated arguments must include valid and invalid ones");
    }

    public static IEnumerable<TestCaseData> RuledTypes() =>
        Makers.Select(make => make(new ModelGenerator(0)).GetType()).Distinct().Where(t => t.GetField("Rules", BindingFlags.Static | BindingFlags.NonPublic) is not null)
            .Select(t => new TestCaseData(t).SetName($"Constructor_EachRuleBrokenAlone_ThrowsNamingThatRule({t.Name})"));

    /// <summary>
    /// For each rule in a type's table: starting from generated valid instances, changes one or two constructor arguments to
    /// edge values and judges the rules on an instance built without the constructor. The constructor must reject every
    /// argument list that breaks a rule, with an <see cref="ArgumentException"/> naming the property and the rule's message
    /// when that rule alone is broken; every rule of the table must be reached and named. A rule the constructor skipped
    /// fails here; one dropped from the table fails its case in ModelValidationTests.
    /// </summary>
    [TestCaseSource(nameof(RuledTypes))]
    public void Constructor_EachRuleBrokenAlone_ThrowsNamingThatRule(Type type)
    {
        var table = RuleTable(type);
        var rules = ((System.Collections.IEnumerable)table.GetType().GetProperty(nameof(ModelRuleTable<Actor>.Rules))!.GetValue(table)!).Cast<object>().ToList();
        var ruleType = typeof(ModelRule<>).MakeGenericType(type);
        var holds = ruleType.GetMethod(nameof(ModelRule<Actor>.Holds))!;
        var messageFor = ruleType.GetMethod(nameof(ModelRule<Actor>.MessageFor))!;
        var ruleProperty = ruleType.GetProperty(nameof(ModelRule<Actor>.Property))!;
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var maker = Makers.First(make => make(new ModelGenerator(0)).GetType() == type);
        var reached = new HashSet<int>();
        for (var seed = 0; seed < 200 && reached.Count < rules.Count; seed++)
        {
            var original = maker(new ModelGenerator(seed));
            var args = parameters.Select(p => Property(type, p.Name!).GetValue(original)).ToArray();
            var candidates = parameters.Select((p, i) => Breaking(p.ParameterType, args[i], args, seed).Where(v => v is not null || !p.IsOptional).ToList()).ToList();
            var random = new Random(seed);
            var attempts = Enumerable.Range(0, parameters.Length).SelectMany(i => candidates[i].Select(v => new[] { (i, v) }))
                .Concat(Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 2).Select(_ => random.Next(parameters.Length))
                    .Where(i => candidates[i].Count > 0).Select(i => (i, candidates[i][random.Next(candidates[i].Count)])).ToArray()));
            foreach (var attempt in attempts)
            {
                var changed = args.ToArray();
                foreach (var (i, value) in attempt)
                {
                    changed[i] = value;
                }

                // The instance the constructor would build, made without running it.
                var unchecked_ = type.GetMethod("<Clone>$")!.Invoke(original, null)!;
                for (var i = 0; i < parameters.Length; i++)
                {
                    SetField(unchecked_, Property(type, parameters[i].Name!).Name, changed[i]);
                }

                var broken = Enumerable.Range(0, rules.Count).Where(n => !Holds(rules[n], unchecked_)).ToList();
                if (broken.Count == 0)
                {
                    continue;
                }

                var description = $"seed {seed}: new {type.Name}({string.Join(", ", changed.Select(Describe))}) breaks {string.Join(", ", broken.Select(n => ruleProperty.GetValue(rules[n])))}";
                var thrown = Assert.Throws<TargetInvocationException>(() => constructor.Invoke(changed), description)!.InnerException;
                Assert.That(thrown, Is.InstanceOf<ArgumentException>(), description);
                foreach (var n in broken)
                {
                    // A null argument the constructor guards first is reported as such (Article's text).
                    var named = thrown is ArgumentNullException ||
                                (thrown!.Message.Contains($"{type.Name}.{ruleProperty.GetValue(rules[n])}", StringComparison.Ordinal) &&
                                 thrown.Message.Contains((string)messageFor.Invoke(rules[n], [unchecked_])!, StringComparison.Ordinal));
                    if (broken.Count == 1)
                    {
                        Assert.That(named, Is.True, description + ": " + thrown.Message);
                    }

                    // A rule implied by others (a claim's article id, through its evidence's) is only ever broken with them.
                    if (named)
                    {
                        reached.Add(n);
                    }
                }
            }
        }

        Assert.That(Enumerable.Range(0, rules.Count).Except(reached).Select(n => ruleProperty.GetValue(rules[n]) + ": " + messageFor.Invoke(rules[n], [maker(new ModelGenerator(0))])),
            Is.Empty, "rules no argument change broke, or broke without the constructor saying so");

        bool Holds(object rule, object instance)
        {
            try
            {
                return (bool)holds.Invoke(rule, [instance])!;
            }
            catch (TargetInvocationException)
            {
                // A rule that cannot even be judged (it reads a part another rule requires) counts as broken.
                return false;
            }
        }
    }

    private static object RuleTable(Type type) =>
        type.GetField("Rules", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null) ?? throw new InvalidOperationException(type.Name + " has no rule table");

    // Values that may break a rule: edge values of the type, other generated values, the values of the other arguments
    // (an actor affiliated with itself), an undefined enum value, and collections with a bad or repeated element.
    private static IEnumerable<object?> Breaking(Type type, object? value, object?[] others, int seed)
    {
        var t = System.Nullable.GetUnderlyingType(type) ?? type;
        var values = Variants(type, value, seed).Concat(Pools.GetValueOrDefault(type) ?? Pools.GetValueOrDefault(t) ?? []);
        if (t == typeof(string))
        {
            values = values.Concat(others.OfType<string>());
        }
        else if (t.IsEnum)
        {
            values = values.Append(Enum.ToObject(t, 99));
        }
        else if (t == typeof(Factuality))
        {
            var f = (Factuality)value!;
            values = values.Append(f with { Certainty = (Certainty)99 }).Append(f with { Polarity = (Polarity)99 });
        }
        else if (t == typeof(Participant))
        {
            values = values.Append(new Participant(" ", ParticipantRole.Agent)).Append(new Participant("a", (ParticipantRole)99));
        }
        else if (t == typeof(Paragraph))
        {
            values = values.Append(new Paragraph(0, 1_000_000)).Append(new Paragraph(-1, 0));
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var items = ((System.Collections.IEnumerable)value!).Cast<object?>().ToList();
            var element = t.GetGenericArguments()[0];
            values = values.Concat(Breaking(element, items.LastOrDefault(), [], seed).Where(v => v is not null).Select(bad => Array(element, items.Append(bad))));
            if (items.Count > 0)
            {
                values = values.Append(Array(element, items.Append(items[0])));
            }
        }

        return values.Where(v => Differs(v, value)).ToList();
    }

    private static bool Nullable(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static object? Pick(Type type, Random random)
    {
        if (Pools.TryGetValue(type, out var pool))
        {
            return pool[random.Next(pool.Length)];
        }

        var t = System.Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            var values = Enum.GetValues(t).Cast<object>().Append(Enum.ToObject(t, 99)).ToArray();
            return type != t && random.Next(4) == 0 ? null : values[random.Next(values.Length)];
        }

        throw new InvalidOperationException("no pool for " + type);
    }

    private static void SetField(object target, string property, object? value)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            var field = type.GetField($"<{property}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)
                        ?? type.GetField("_" + char.ToLowerInvariant(property[0]) + property[1..], BindingFlags.Instance | BindingFlags.NonPublic);
            if (field is not null)
            {
                field.SetValue(target, field.FieldType == value?.GetType() || value is null || field.FieldType.IsInstanceOfType(value)
                    ? value
                    : Activator.CreateInstance(field.FieldType, value));
                return;
            }
        }

        throw new InvalidOperationException($"{target.GetType().Name}.{property} has no field");
    }
}
