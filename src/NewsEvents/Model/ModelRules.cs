using System;
using FluentValidation;

namespace NewsEvents;

/// <summary>Rules shared by the model validators.</summary>
internal static class ModelRules
{
    /// <summary>The message used when an identifier is empty or whitespace.</summary>
    public const string IdRequired = "must be a non-empty identifier without leading or trailing white space";

    /// <summary>The message used when a text is empty or white space.</summary>
    public const string TextRequired = "must not be empty or white space";

    /// <summary>The message used when a required value is missing.</summary>
    public const string Required = "is required";

    /// <summary>The message used when an offset or count is negative.</summary>
    public const string NotNegative = "must not be negative";

    /// <summary>Tells whether a string is an identifier: non-empty, no leading or trailing white space.</summary>
    public static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && !char.IsWhiteSpace(id[0]) && !char.IsWhiteSpace(id[^1]);

    /// <summary>Tells whether every string of a list has non-white-space text.</summary>
    public static bool AllText(System.Collections.Immutable.ImmutableArray<string> items)
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

    public static IRuleBuilderOptions<T, string> MustBeId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(id => IsId(id)).WithMessage(IdRequired);

    public static IRuleBuilderOptions<T, string?> MustBeOptionalId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || IsId(id)).WithMessage(IdRequired);

    public static IRuleBuilderOptions<T, string> MustBeText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(TextRequired);

    public static IRuleBuilderOptions<T, TEnum> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => Enum.IsDefined(v)).WithMessage("must be a defined value");
}
