using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Clems.Rules.Tests.Metamorphic;

/// Identifiers renamed by one prefix (string.CompareOrdinal(p + a, p + b) has the sign of string.CompareOrdinal(a, b)) or
/// renumbered in ordinal order after a prefix: either bijection keeps every ordinal order the engine sorts by.
public sealed record RenameCase(SnapshotCase Source, string Prefix, bool Renumber)
{
    public override string ToString() => $"{Source} {(Renumber ? "renumbered" : "renamed")} with prefix \"{Prefix}\"";
}

/// A <see cref="RenameCase"/> on a snapshot whose lottery may decide something.
public sealed record LotteryRenameCase(RenameCase Rename)
{
    public override string ToString() => Rename.ToString();
}

/// Two as-of dates strictly between the same two consecutive change dates of a snapshot.
public sealed record DateShiftCase(SnapshotCase Source, LocalDate Before, LocalDate After, LocalDate From, LocalDate To)
{
    public override string ToString()
        => $"{Source.Name}: {From:yyyy-MM-dd} and {To:yyyy-MM-dd}, between change dates {Before:yyyy-MM-dd} and {After:yyyy-MM-dd}";
}

/// The FsCheck generators of the metamorphic properties (FsCheck.Fluent only).
public static class MetamorphicArbitraries
{
    /// How far after the last change date the open-ended period is sampled.
    public const int OpenEndDays = 3 * 365;

    public static Arbitrary<SnapshotCase> SnapshotCases()
        => Arb.From(Gen.OneOf(
            Gen.Constant(0).Select(_ => MetamorphicSources.Example),
            Gen.Elements(MetamorphicSources.Rich.AsEnumerable()),
            Gen.Elements(MetamorphicSources.SyntheticSeeds.AsEnumerable()).Select(MetamorphicSources.Synthetic)));

    public static Arbitrary<RenameCase> RenameCases()
        => Arb.From(
            from source in Gen.OneOf(
                Gen.Constant(0).Select(_ => MetamorphicSources.ExampleWithoutProjects),
                Gen.Elements(MetamorphicSources.Rich.AsEnumerable()))
            from length in Gen.Choose(1, 4)
            from chars in Gen.ArrayOf(Gen.Elements("xyz0-_.Q".ToCharArray()), length)
            from renumber in Gen.Elements(false, true)
            select new RenameCase(source, new string(chars), renumber));

    /// Renaming cases on snapshots whose lottery may decide: the whole example and synthetic S scenarios.
    public static Arbitrary<LotteryRenameCase> LotteryRenameCases()
        => Arb.From(
            from source in Gen.OneOf(
                Gen.Constant(0).Select(_ => MetamorphicSources.Example),
                Gen.Elements(MetamorphicSources.SyntheticSeeds.AsEnumerable()).Select(MetamorphicSources.Synthetic))
            from rename in RenameCases().Generator
            select new LotteryRenameCase(rename with { Source = source }));

    public static Arbitrary<DateShiftCase> DateShiftCases()
        => Arb.From(
            from source in SnapshotCases().Generator
            let gaps = Gaps(source.Snapshot)
            from gap in Gen.Elements(gaps.AsEnumerable())
            let days = Period.Between(gap.Before, gap.After, PeriodUnits.Days).Days - 1
            from first in Gen.Choose(1, days)
            from second in Gen.Choose(1, days)
            select new DateShiftCase(source, gap.Before, gap.After, gap.Before.PlusDays(first), gap.Before.PlusDays(second)));

    /// Conservatively, every date the snapshot names and the day after it (a membership ending on a date is over the
    /// next day); for an instant, its UTC date, the day before and the two after (its local date in any zone is within
    /// a day of the UTC one).
    public static IReadOnlyList<LocalDate> ChangeDates(Clems.Rules.Engine.ClusterSnapshot snapshot)
        => [.. SnapshotTransform.Dates(snapshot)
            .SelectMany(d => d.FromInstant
                ? new[] { d.Date.PlusDays(-1), d.Date, d.Date.PlusDays(1), d.Date.PlusDays(2) }
                : [d.Date, d.Date.PlusDays(1)])
            .Distinct()
            .Order()];

    /// The periods with at least one day strictly between consecutive change dates, the open end bounded, from the day
    /// the first framework version takes effect (before it the engine refuses to evaluate).
    public static IReadOnlyList<(LocalDate Before, LocalDate After)> Gaps(Clems.Rules.Engine.ClusterSnapshot snapshot)
    {
        var firstFramework = snapshot.Frameworks.Min(f => f.EffectiveFrom);
        var dates = ChangeDates(snapshot).Where(d => d >= firstFramework).ToArray();
        var bounded = dates.Append(dates[^1].PlusDays(OpenEndDays)).ToArray();
        return [.. bounded.Zip(bounded.Skip(1)).Where(p => Period.Between(p.First, p.Second, PeriodUnits.Days).Days >= 2)];
    }
}
