using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsEvents.Internal;

/// <summary>
/// Checks one model invariant where a value is set (a constructor or an <c>init</c> accessor, which <c>with</c> also runs),
/// so each rule is checked once. Failures name the type and property, the value and the rule, in the words of
/// <see cref="ModelRules"/>, like the validators' messages.
/// </summary>
internal static class Preconditions
{
    public static string CheckId(string value, string property) =>
        ModelRules.IsId(value) ? value : throw Invalid(property, value, ModelRules.IdRequired);

    public static T CheckNotNull<T>(T? value, string property)
        where T : class =>
        value ?? throw Invalid(property, null, ModelRules.Required);

    public static int CheckNotNegative(int value, string property) =>
        value >= 0 ? value : throw Invalid(property, value, ModelRules.NotNegative);

    public static ImmutableArray<string> CheckAllText(ImmutableArray<string> items, string property)
    {
        items = items.OrEmpty();
        return ModelRules.AllText(items) ? items : throw Invalid(property + " contained an empty name and", null, ModelRules.TextRequired);
    }

    private static ArgumentException Invalid(string property, object? value, string rule) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{property} was {ModelGuard.Describe(value)}: {rule}"),
            property[(property.IndexOf('.', StringComparison.Ordinal) + 1)..].Split(' ')[0]);
}
