using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Initiatives;
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
    /// <param name="seedCommitment">The published commitment to the lottery seed, or <see langword="null"/> when none was published.</param>
    /// <exception cref="System.ArgumentException">A criterion is repeated, or is the preparation commitment or the lottery.</exception>
    public CompetitionRules(
        IEnumerable<CompetitionCriterion> criteria,
        Instant freezeAt,
        IEnumerable<CompetitionAgreement> agreements,
        LotteryScope lotteryScope = LotteryScope.Project,
        SeedCommitment? seedCommitment = null)
    {
        var list = Preconditions.CheckItems(criteria);
        Preconditions.CheckArgument(CompetitionCriteria.Check(list, nameof(criteria)));
        Criteria = list;
        FreezeAt = freezeAt;
        Agreements = Preconditions.CheckItems(agreements);
        LotteryScope = lotteryScope;
        SeedCommitment = seedCommitment;
    }

    /// <summary>The agreed criteria between the preparation tier and the lottery; empty means the framework's default.</summary>
    public ImmutableArray<CompetitionCriterion> Criteria { get; }

    /// <summary>The freeze instant: agreements count only strictly before it.</summary>
    public Instant FreezeAt { get; }

    /// <summary>The members' agreements.</summary>
    public ImmutableArray<CompetitionAgreement> Agreements { get; }

    /// <summary>Which lottery ticket ends ties.</summary>
    public LotteryScope LotteryScope { get; }

    /// <summary>The published commitment to the lottery seed, or <see langword="null"/> when none was published.</summary>
    public SeedCommitment? SeedCommitment { get; }

    /// <summary>
    /// The SHA-256 of a round's rules content, the hash a <see cref="CompetitionAgreement"/> binds to: lower-case hex
    /// of the UTF-8 text <c>clems-rules/competition/v1</c>, <c>project=</c> the initiative id, <c>places=</c> the
    /// places, <c>criteria=</c> the effective criteria joined by commas, <c>lotteryScope=</c> <c>project</c> or
    /// <c>cluster</c>, one per line joined by a line feed, without a final line feed (docs/allocation.md).
    /// </summary>
    /// <param name="project">The project's initiative.</param>
    /// <param name="places">The project's places.</param>
    /// <param name="effectiveCriteria">The criteria in order, after the framework's defaults replaced an empty list.</param>
    /// <param name="lotteryScope">The lottery scope.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string ContentSha256(InitiativeId project, int places, IEnumerable<CompetitionCriterion> effectiveCriteria, LotteryScope lotteryScope)
        => Sha256Text.Hex(ContentText(project, places, effectiveCriteria, lotteryScope));

    /// <summary>The text whose SHA-256 is <see cref="ContentSha256"/>, so that anyone can repeat the hash by hand.</summary>
    /// <param name="project">The project's initiative.</param>
    /// <param name="places">The project's places.</param>
    /// <param name="effectiveCriteria">The criteria in order, after the framework's defaults replaced an empty list.</param>
    /// <param name="lotteryScope">The lottery scope.</param>
    /// <returns>Five lines joined by line feeds, without a final line feed.</returns>
    public static string ContentText(InitiativeId project, int places, IEnumerable<CompetitionCriterion> effectiveCriteria, LotteryScope lotteryScope)
        => string.Join(
            "\n",
            "clems-rules/competition/v1",
            "project=" + Preconditions.CheckNotNull(project.Value, nameof(project)),
            "places=" + places.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "criteria=" + string.Join(",", Preconditions.CheckItems(effectiveCriteria).Select(CriterionNames.Of)),
            "lotteryScope=" + (lotteryScope == LotteryScope.Cluster ? "cluster" : "project"));
}
