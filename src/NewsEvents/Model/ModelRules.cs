using System;
using FluentValidation;

namespace NewsEvents;

/// <summary>Rules shared by the model validators.</summary>
internal static class ModelRules
{
    /// <summary>The message used when an identifier is empty or whitespace.</summary>
    public const string IdRequired = "must be a non-empty identifier without leading or trailing white space";

    public static IRuleBuilderOptions<T, string> MustBeId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(id => !string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length).WithMessage(IdRequired);

    public static IRuleBuilderOptions<T, string?> MustBeOptionalId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || (!string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length)).WithMessage(IdRequired);

    public static IRuleBuilderOptions<T, string> MustBeText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("must not be empty or white space");

    public static IRuleBuilderOptions<T, TEnum> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => Enum.IsDefined(v)).WithMessage("must be a defined value");
}
