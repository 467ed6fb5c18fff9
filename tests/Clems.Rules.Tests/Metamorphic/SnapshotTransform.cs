using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using NodaTime;

namespace Clems.Rules.Tests.Metamorphic;

/// Generic walks over a snapshot's object graph, by reflection, so that they reach the facts of every governance area,
/// including ones added after this helper was written.
/// <see cref="RenameIds"/> re-creates every model object through its public constructor (matching parameters to
/// properties by name) and its init properties, with every identifier (a <c>Clems.Rules.*Id</c> value type holding a
/// string, except <see cref="ClauseId"/>, plus the string <see cref="ServiceRequest.Opportunity"/>) mapped.
/// <see cref="Dates"/> collects every <see cref="LocalDate"/> and <see cref="Instant"/> in the graph, and
/// <see cref="ChangeDates"/> and <see cref="Gaps"/> derive from them the dates on which a decision may change.
internal static class SnapshotTransform
{
    /// How far after the last change date the open-ended period is sampled.
    public const int OpenEndDays = 3 * 365;

    private static readonly ConcurrentDictionary<Type, bool> s_holdsIds = new();

    /// Re-creates the snapshot with every identifier replaced by <paramref name="map"/>(kind, value), kind being the
    /// identifier's type name (<c>OrganizationId</c>…; <c>OpportunityId</c> for the string opportunity reference).
    public static ClusterSnapshot RenameIds(ClusterSnapshot snapshot, Func<string, string, string> map)
        => (ClusterSnapshot)Rebuild(snapshot, typeof(ClusterSnapshot), map)!;

    /// Every date in the snapshot: each <see cref="LocalDate"/>, and the UTC date of each <see cref="Instant"/>.
    public static IEnumerable<(LocalDate Date, bool FromInstant)> Dates(ClusterSnapshot snapshot)
    {
        var found = new List<(LocalDate, bool)>();
        Collect(snapshot, found);
        return found;
    }

    /// Conservatively, every date the snapshot names and the day after it (a membership ending on a date is over the
    /// next day); for an instant, its UTC date, the day before and the two after (its local date in any zone is within
    /// a day of the UTC one).
    public static IReadOnlyList<LocalDate> ChangeDates(ClusterSnapshot snapshot)
        => [.. Dates(snapshot)
            .SelectMany(d => d.FromInstant
                ? new[] { d.Date.PlusDays(-1), d.Date, d.Date.PlusDays(1), d.Date.PlusDays(2) }
                : [d.Date, d.Date.PlusDays(1)])
            .Distinct()
            .Order()];

    /// The periods with at least one day strictly between consecutive change dates, the open end bounded, from the day
    /// the first framework version takes effect (before it the engine refuses to evaluate).
    public static IReadOnlyList<(LocalDate Before, LocalDate After)> Gaps(ClusterSnapshot snapshot)
    {
        var firstFramework = snapshot.Frameworks.Min(f => f.EffectiveFrom);
        var dates = ChangeDates(snapshot).Where(d => d >= firstFramework).ToArray();
        var bounded = dates.Append(dates[^1].PlusDays(OpenEndDays)).ToArray();
        return [.. bounded.Zip(bounded.Skip(1)).Where(p => Period.Between(p.First, p.Second, PeriodUnits.Days).Days >= 2)];
    }

    internal static bool IsId(Type type)
        => type.IsValueType && type != typeof(ClauseId) && type.Namespace?.StartsWith("Clems.Rules", StringComparison.Ordinal) == true
            && type.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetConstructor([typeof(string)]) is not null;

    private static bool IsOpportunityString(PropertyInfo p)
        => p.DeclaringType == typeof(ServiceRequest) && p.Name == nameof(ServiceRequest.Opportunity);

    private static object? Rebuild(object? value, Type declared, Func<string, string, string> map)
    {
        if (value is null)
        {
            return null;
        }

        var type = value.GetType();
        if (IsId(type))
        {
            var raw = (string?)type.GetProperty("Value")!.GetValue(value);
            return raw is null ? value : Activator.CreateInstance(type, map(type.Name, raw));
        }

        if (!HoldsIds(type))
        {
            return value;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in (IEnumerable)value)
            {
                list.Add(Rebuild(item, element, map));
            }

            return typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.CreateRange) && m.GetParameters().Length == 1)
                .MakeGenericMethod(element).Invoke(null, [list]);
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        object? Mapped(PropertyInfo p)
        {
            var v = p.GetValue(value);
            return IsOpportunityString(p) && v is string s ? map("OpportunityId", s) : Rebuild(v, p.PropertyType, map);
        }

        PropertyInfo? PropertyFor(ParameterInfo parameter)
            => properties.SingleOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));

        // A public constructor, or a public static factory (Initiator.ByMember, ResourceCommitment.OfMoney…) whose
        // parameters are all properties holding a value, taking the most properties.
        var creators = type.GetConstructors().Cast<MethodBase>().Select(c => (Creator: c, Factory: false))
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == type).Select(m => (Creator: (MethodBase)m, Factory: true)));
        var creator = creators
            .Where(c => c.Creator.GetParameters().All(a => PropertyFor(a) is { } p && (!c.Factory || p.GetValue(value) is not null)))
            .OrderByDescending(c => c.Creator.GetParameters().Length)
            .Select(c => c.Creator)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor or factory whose parameters are all properties.");
        var arguments = creator.GetParameters().Select(a =>
        {
            var mapped = Mapped(PropertyFor(a)!);
            // A constructor may take an identifier as its string.
            return a.ParameterType == typeof(string) && mapped is not null && IsId(mapped.GetType()) ? mapped.ToString() : mapped;
        }).ToArray();
        var copy = creator is ConstructorInfo constructor ? constructor.Invoke(arguments) : creator.Invoke(null, arguments)!;
        var taken = creator.GetParameters().Select(a => PropertyFor(a)!.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in properties.Where(p => p.CanWrite && !taken.Contains(p.Name)))
        {
            p.SetValue(copy, Mapped(p));
        }

        return copy;
    }

    // Whether a value of this type can hold an identifier, at any depth: the types not worth re-creating are kept as is.
    private static bool HoldsIds(Type type) => s_holdsIds.GetOrAdd(type, t => HoldsIds(t, []));

    private static bool HoldsIds(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsId(type))
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return HoldsIds(type.GetGenericArguments()[0], seen);
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type.Namespace?.StartsWith("Clems.Rules", StringComparison.Ordinal) != true
            || !seen.Add(type))
        {
            return false;
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetIndexParameters().Length == 0 && (IsOpportunityString(p) || HoldsIds(p.PropertyType, seen)));
    }

    private static void Collect(object? value, List<(LocalDate, bool)> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case LocalDate date:
                found.Add((date, false));
                return;
            case Instant instant:
                found.Add((instant.InUtc().Date, true));
                return;
            case LocalDateTime local:
                found.Add((local.Date, false));
                return;
            case ZonedDateTime zoned:
                found.Add((zoned.Date, false));
                found.Add((zoned.ToInstant().InUtc().Date, true));
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Collect(item, found);
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Clems.Rules", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Collect(p.GetValue(value), found);
        }
    }
}
