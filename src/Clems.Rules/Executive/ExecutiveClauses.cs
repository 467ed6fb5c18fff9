using System.Collections.Generic;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Executive;

/// The tests of G7 and G12 (the executive team coordinates implementation but lacks the resources for every idea), each
/// named for what the clause asks; the executive-capacity rule and <see cref="ExecutiveArea"/> both call them.
internal static class ExecutiveClauses
{
    /// G12: the executive team supports the first <paramref name="capacity"/> initiatives of the ranking;
    /// <paramref name="rank"/> counts from 0.
    internal static bool IsSupported(int rank, int capacity) => rank < capacity;

    /// G12: every runnable initiative fits within the capacity, so none queues.
    internal static bool NoneQueues(int runnable, int capacity) => runnable <= capacity;

    /// G12: committed resources are compared only when some runnable initiative queues behind another; a lone
    /// initiative is compared with nothing, even when the capacity is 0.
    internal static bool QueueComparesCommitments(int runnable, int capacity) => !NoneQueues(runnable, capacity) && runnable > 1;

    /// G12: "resources committed by active members" — a member contribution counts only when its contributor is an
    /// active member on the as-of date; one that names no contributor does not count.
    internal static bool Counts(MemberStanding? contributor) => contributor is { IsActive: true };

    /// G12 with G1's "amounts in different currencies are never compared without a rate": the member contributions of
    /// the runnable initiatives that count can be compared. With a comparison currency, each converts into it through a
    /// rate the framework declares; without one, all of them are in one currency.
    internal static bool CommitmentsComparable(IEnumerable<Initiative> runnable, FrameworkParameters parameters, ContributorStandings contributors)
    {
        var target = parameters.ComparisonCurrency;
        Currency? common = null;
        foreach (var initiative in runnable)
        {
            foreach (var source in contributors.Counted(initiative))
            {
                var currency = source.Amount.Currency;
                if (target is { } to)
                {
                    // Whether a rate exists depends on the currencies only; zero converts without overflow.
                    if (!parameters.TryConvert(Money.Zero(currency), to, out _))
                    {
                        return false;
                    }
                }
                else if (common is null)
                {
                    common = currency;
                }
                else if (common != currency)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
