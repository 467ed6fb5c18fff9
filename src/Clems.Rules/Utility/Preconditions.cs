using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Clems.Rules.Utility;

/// Guards used by constructors and init accessors; every message says what was wrong and how to fix it.
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} must not be null.");
        }

        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length != value.Length)
        {
            throw new ArgumentException(
                $"{name} must be non-empty and have no leading or trailing white space, but was '{value}'.", name);
        }

        return value;
    }

    internal static void CheckArgument(bool expression, string name, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, name);
        }
    }

    internal static void CheckArgumentRange(bool expression, string name, object? actual, string message)
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(name, actual, message);
        }
    }

    internal static void CheckState(bool expression, string message)
    {
        if (!expression)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// Copies a sequence into an immutable array, refusing a null sequence or null elements.
    internal static ImmutableArray<T> CheckItems<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        if (items is null)
        {
            throw new ArgumentNullException(name, $"{name} must not be null; pass an empty collection instead.");
        }

        var array = items is ImmutableArray<T> immutable ? immutable : ImmutableArray.CreateRange(items);
        if (array.IsDefault)
        {
            throw new ArgumentException($"{name} must not be a default ImmutableArray; pass ImmutableArray<T>.Empty instead.", name);
        }

        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null; remove the entry or give it a value.", name);
            }
        }

        return array;
    }
}
