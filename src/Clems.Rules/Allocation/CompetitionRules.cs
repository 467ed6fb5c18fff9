using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Framework;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>The rules of a project's internal competition (G16), agreed by its potential participants.</summary>
/// <remarks>
/// The ranking key is always: the preparation-phase commitment (G8), then <see cref="Criteria"/> in order, then the
/// lottery ticket, then the member id for a 64-bit ticket collision. The rules are legitimate only when every potential
/// participant agreed strictly before <see cref="FreezeAt"/>.
/// </remarks>
public sealed class CompetitionRules
{
    /// <summary>Creates competition rules.</summary>
    /// <param name="criteria">The agreed criteria between the preparation tier and the lottery; empty for the framework's default criteria.</param>
    /// <param name="freezeAt">The instant the rules are frozen: agreements count only before it; the seed is drawn after it.</param>
    /// <param name="agreements">Who agreed, and when.</param>
    /// <param name="lotteryScope">Which ticket ends ties; default one per project.</param>
    /// <exception cref="System.ArgumentException">A criterion is repeated, or is the preparation commitment or the lottery.</exception>
    public CompetitionRules(
        IEnumerable<CompetitionCriterion> criteria,
        Instant freezeAt,
        IEnumerable<CompetitionAgreement> agreements,
        LotteryScope lotteryScope = LotteryScope.Project)
    {
        var list = Preconditions.CheckItems(criteria);
        Preconditions.CheckArgument(CompetitionCriteria.Check(list, nameof(criteria)));
        Criteria = list;
        FreezeAt = freezeAt;
        Agreements = Preconditions.CheckItems(agreements);
        LotteryScope = lotteryScope;
    }

    /// <summary>The agreed criteria between the preparation tier and the lottery; empty means the framework's default.</summary>
    public ImmutableArray<CompetitionCriterion> Criteria { get; }

    /// <summary>The freeze instant: agreements count only strictly before it.</summary>
    public Instant FreezeAt { get; }

    /// <summary>The members' agreements.</summary>
    public ImmutableArray<CompetitionAgreement> Agreements { get; }

    /// <summary>Which lottery ticket ends ties.</summary>
    public LotteryScope LotteryScope { get; }
}
