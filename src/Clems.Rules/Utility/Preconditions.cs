using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Clems.Rules.Engine;

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

    /// Throws the problem a public Check function found (its path is the parameter's name), so that a constructor refuses
    /// a value with the very sentence the scenario reader reports at the value's JSON path.
    internal static void CheckArgument(ValidationProblem? problem)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem.Message, problem.Path);
        }
    }

    /// Throws the first of the problems a public Check function found.
    internal static void CheckArgument(IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            CheckArgument(problem);
        }
    }

    /// Like <see cref="CheckArgument(ValidationProblem?)"/>, as an <see cref="ArgumentOutOfRangeException"/> naming the value.
    internal static void CheckArgumentRange(ValidationProblem? problem, object? actual)
    {
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(problem.Path, actual, problem.Message);
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
