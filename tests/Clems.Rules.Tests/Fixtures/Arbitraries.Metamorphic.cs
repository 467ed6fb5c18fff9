using System.Linq;
using Clems.Rules.Tests.Metamorphic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The metamorphic properties' cases: a source snapshot (the bundled example, the rich snapshot, synthetic S
/// scenarios), renamings of its identifiers and pairs of dates between the same two change dates.
public static partial class Arbitraries
{
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
            let gaps = SnapshotTransform.Gaps(source.Snapshot)
            from gap in Gen.Elements(gaps.AsEnumerable())
            let days = Period.Between(gap.Before, gap.After, PeriodUnits.Days).Days - 1
            from first in Gen.Choose(1, days)
            from second in Gen.Choose(1, days)
            select new DateShiftCase(source, gap.Before, gap.After, gap.Before.PlusDays(first), gap.Before.PlusDays(second)));
}
