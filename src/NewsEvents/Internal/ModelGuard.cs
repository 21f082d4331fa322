using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using FluentValidation;

namespace NewsEvents.Internal;

/// <summary>Turns the failures of a model's rules or an options validator into one clear exception.</summary>
internal static class ModelGuard
{
    public static void EnsureValid<T>(T instance, IValidator<T> validator)
    {
        var result = validator.Validate(instance);
        if (!result.IsValid)
        {
            ThrowInvalid(typeof(T).Name, result.Errors.Select(e => (e.PropertyName, (object?)e.AttemptedValue, e.ErrorMessage)).ToList());
        }
    }

    [DoesNotReturn]
    internal static void ThrowInvalid(string typeName, IEnumerable<(string Property, object? Value, string Message)> failures)
    {
        var parts = failures.Select(f => string.Create(
            CultureInfo.InvariantCulture,
            $"{typeName}.{f.Property} was {Describe(f.Value)}: {f.Message}"));
        var first = failures.First().Property;
        throw new ArgumentException(string.Join("; ", parts), first);
    }

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s when s.Length > 80 => "\"" + s[..77] + "...\"",
        string s => "\"" + s + "\"",
        NodaTime.LocalDate d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;
}
