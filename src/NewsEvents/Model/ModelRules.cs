using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using FluentValidation;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>Messages and predicates shared by the model's rule tables, <see cref="Preconditions"/> and the tests.</summary>
internal static class ModelRules
{
    /// <summary>The message used when an identifier is empty or whitespace.</summary>
    public const string IdRequired = "must be a non-empty identifier without leading or trailing white space";

    /// <summary>The message used when a text is empty or white space.</summary>
    public const string TextRequired = "must not be empty or white space";

    /// <summary>The message used when an optional text is given but blank.</summary>
    public const string OptionalTextRequired = "must be null or not blank";

    /// <summary>The message used when a required value is missing.</summary>
    public const string Required = "is required";

    /// <summary>The message used when an offset or count is negative.</summary>
    public const string NotNegative = "must not be negative";

    /// <summary>The message used when an enum value is not one of its named values.</summary>
    public const string Defined = "must be a defined value";

    /// <summary>The message used when a date's year is implausible.</summary>
    public const string YearInRange = "must be a year between 1000 and 9999";

    /// <summary>Tells whether a string is an identifier: non-empty, no leading or trailing white space.</summary>
    public static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && !char.IsWhiteSpace(id[0]) && !char.IsWhiteSpace(id[^1]);

    /// <summary>Tells whether a year is one a news article can be dated in.</summary>
    public static bool IsPlausibleYear(int? year) => year is null or (>= 1000 and <= 9999);

    /// <summary>Tells whether every string of a list has non-white-space text.</summary>
    public static bool AllText(ImmutableArray<string> items)
    {
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// One invariant of a model type: the property it is about, when it holds, and what to say when it does not. A type's
/// <see cref="ModelRuleTable{T}"/> is the only place its rules are written: the constructor checks them, and
/// <see cref="ModelRuleTable{T}.CreateValidator"/> turns the same rules into a FluentValidation validator.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
internal abstract class ModelRule<T>
{
    private readonly Func<T, string> _message;

    private protected ModelRule(string property, Func<T, string> message)
    {
        Property = property;
        _message = message;
    }

    /// <summary>Gets the property the rule is about, as messages name it.</summary>
    public string Property { get; }

    /// <summary>Gets the message for an instance that breaks the rule.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The rule, in words, with any values of the instance it refers to.</returns>
    public string MessageFor(T instance) => _message(instance);

    /// <summary>Tells whether an instance keeps the rule; allocates nothing.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns><see langword="true"/> when the rule holds.</returns>
    public abstract bool Holds(T instance);

    /// <summary>Lists where an instance breaks the rule: the property (with an index for an element) and its value.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The failures; empty when the rule holds.</returns>
    public abstract IEnumerable<(string Property, object? Value)> Failures(T instance);

    /// <summary>Adds the rule to a FluentValidation validator.</summary>
    /// <param name="validator">The validator being built.</param>
    public abstract void AddTo(AbstractValidator<T> validator);
}

/// <summary>A rule about one value of a model instance (which may refer to other values of the instance).</summary>
internal sealed class ModelValueRule<T, TValue>(string property, Func<T, TValue> get, Func<T, TValue, bool> holds, Func<T, string> message)
    : ModelRule<T>(property, message)
{
    public override bool Holds(T instance) => holds(instance, get(instance));

    public override IEnumerable<(string Property, object? Value)> Failures(T instance)
    {
        var value = get(instance);
        return holds(instance, value) ? [] : [(Property, value)];
    }

    public override void AddTo(AbstractValidator<T> validator) =>
        validator.RuleFor(x => get(x)).Must(holds).WithMessage(MessageFor).OverridePropertyName(Property);
}

/// <summary>A rule that every element of a collection of a model instance keeps.</summary>
internal sealed class ModelElementRule<T, TItem>(string property, Func<T, ImmutableArray<TItem>> get, Func<T, TItem, bool> holds, Func<T, string> message)
    : ModelRule<T>(property, message)
{
    public override bool Holds(T instance)
    {
        foreach (var item in get(instance))
        {
            if (!holds(instance, item))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<(string Property, object? Value)> Failures(T instance) =>
        get(instance).Select((item, i) => (Index: i, Item: item)).Where(e => !holds(instance, e.Item))
            .Select(e => (FormattableString.Invariant($"{Property}[{e.Index}]"), (object?)e.Item));

    public override void AddTo(AbstractValidator<T> validator) =>
        validator.RuleForEach(x => (IEnumerable<TItem>)get(x)).Must(holds).WithMessage(MessageFor).OverridePropertyName(Property);
}

/// <summary>
/// The rules of one model type, written once: its constructor calls <see cref="Check"/>, and the validator the tests and
/// tools use is built from the same rules. Immutable; each method returns a new table with one more rule.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
internal sealed class ModelRuleTable<T>
{
    // The rules the constructor checks: all but those an init accessor checks whenever the property is set.
    private readonly ImmutableArray<ModelRule<T>> _constructorRules;

    private ModelRuleTable(ImmutableArray<ModelRule<T>> rules, ImmutableArray<ModelRule<T>> constructorRules)
    {
        Rules = rules;
        _constructorRules = constructorRules;
    }

    /// <summary>Gets an empty table to add rules to.</summary>
    public static ModelRuleTable<T> Empty { get; } = new([], []);

    /// <summary>Gets the rules, in the order they are reported.</summary>
    public ImmutableArray<ModelRule<T>> Rules { get; }

    /// <summary>Checks every rule not left to an <c>init</c> accessor, without allocating while all hold.</summary>
    /// <param name="instance">The instance, fully assigned.</param>
    /// <exception cref="ArgumentException">A rule does not hold; the message names every broken rule.</exception>
    public void Check(T instance)
    {
        foreach (var rule in _constructorRules)
        {
            if (!rule.Holds(instance))
            {
                ThrowInvalid(instance);
            }
        }
    }

    /// <summary>Builds a FluentValidation validator with the table's rules.</summary>
    /// <returns>A new validator.</returns>
    public AbstractValidator<T> CreateValidator() => new ModelValidator(this);

    /// <summary>Adds a rule about one value.</summary>
    public ModelRuleTable<T> Must<TValue>(string property, Func<T, TValue> get, Func<T, TValue, bool> holds, string message) =>
        Must(property, get, holds, _ => message);

    /// <summary>Adds a rule about one value, with a message that quotes the instance.</summary>
    public ModelRuleTable<T> Must<TValue>(string property, Func<T, TValue> get, Func<T, TValue, bool> holds, Func<T, string> message) =>
        Add(new ModelValueRule<T, TValue>(property, get, holds, message));

    /// <summary>Adds a rule every element of a collection keeps.</summary>
    public ModelRuleTable<T> Each<TItem>(string property, Func<T, ImmutableArray<TItem>> get, Func<T, TItem, bool> holds, string message) =>
        Add(new ModelElementRule<T, TItem>(property, get, holds, _ => message));

    /// <summary>
    /// Leaves a property's rules to its <c>init</c> accessor, which checks them (with the same predicate and message, through
    /// <see cref="Preconditions"/>) whenever the property is set, by the constructor or by <c>with</c>; the validator keeps them.
    /// </summary>
    public ModelRuleTable<T> CheckedOnInit(string property) => new(Rules, _constructorRules.RemoveAll(rule => rule.Property == property));

    /// <summary>Adds the rule that every name of a list has non-white-space text.</summary>
    public ModelRuleTable<T> EachText(string property, Func<T, ImmutableArray<string>> get) =>
        Each(property, get, static (_, s) => !string.IsNullOrWhiteSpace(s), ModelRules.TextRequired);

    /// <summary>Adds the rule that a value is an identifier.</summary>
    public ModelRuleTable<T> Id(string property, Func<T, string?> get) =>
        Must(property, get, static (_, id) => ModelRules.IsId(id), ModelRules.IdRequired);

    /// <summary>Adds the rule that a value is absent or an identifier.</summary>
    public ModelRuleTable<T> OptionalId(string property, Func<T, string?> get) =>
        Must(property, get, static (_, id) => id is null || ModelRules.IsId(id), ModelRules.IdRequired);

    /// <summary>Adds the rule that a value has non-white-space text.</summary>
    public ModelRuleTable<T> Text(string property, Func<T, string?> get) =>
        Must(property, get, static (_, s) => !string.IsNullOrWhiteSpace(s), ModelRules.TextRequired);

    /// <summary>Adds the rule that a value is absent or has non-white-space text.</summary>
    public ModelRuleTable<T> OptionalText(string property, Func<T, string?> get) =>
        Must(property, get, static (_, s) => s is null || !string.IsNullOrWhiteSpace(s), ModelRules.OptionalTextRequired);

    /// <summary>Adds the rule that a value is present.</summary>
    public ModelRuleTable<T> Required<TValue>(string property, Func<T, TValue?> get)
        where TValue : class =>
        Must(property, get, static (_, v) => v is not null, ModelRules.Required);

    /// <summary>Adds the rule that an enum value is one of its named values.</summary>
    public ModelRuleTable<T> Defined<TEnum>(string property, Func<T, TEnum> get)
        where TEnum : struct, Enum =>
        Must(property, get, static (_, v) => Enum.IsDefined(v), ModelRules.Defined);

    /// <summary>Adds the rule that an offset or count is not negative.</summary>
    public ModelRuleTable<T> NotNegative(string property, Func<T, int> get) =>
        Must(property, get, static (_, n) => n >= 0, ModelRules.NotNegative);

    private ModelRuleTable<T> Add(ModelRule<T> rule) => new(Rules.Add(rule), _constructorRules.Add(rule));

    [DoesNotReturn]
    private void ThrowInvalid(T instance) => ModelGuard.ThrowInvalid(typeof(T).Name,
        Rules.SelectMany(rule => rule.Failures(instance).Select(f => (f.Property, f.Value, rule.MessageFor(instance)))).ToList());

    private sealed class ModelValidator : AbstractValidator<T>
    {
        public ModelValidator(ModelRuleTable<T> table)
        {
            foreach (var rule in table.Rules)
            {
                rule.AddTo(this);
            }
        }
    }
}
