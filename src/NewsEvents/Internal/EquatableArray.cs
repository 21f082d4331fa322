using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsEvents.Internal;

/// <summary>
/// An <see cref="ImmutableArray{T}"/> that compares by contents, so a record that stores its collections in this type gets
/// the right compiler-generated <c>Equals</c> and <c>GetHashCode</c>. The default value equals the empty array.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Items">The elements; default is read as empty.</param>
internal readonly record struct EquatableArray<T>(ImmutableArray<T> Items)
{
    /// <summary>Gets the elements, never default.</summary>
    public ImmutableArray<T> Items { get; } = Items.IsDefault ? ImmutableArray<T>.Empty : Items;

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator ImmutableArray<T>(EquatableArray<T> array) => array.AsImmutableArray();

    /// <summary>Returns the elements (empty for the default value).</summary>
    public ImmutableArray<T> AsImmutableArray() => Items.IsDefault ? ImmutableArray<T>.Empty : Items;

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var a = AsImmutableArray();
        var b = other.AsImmutableArray();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
