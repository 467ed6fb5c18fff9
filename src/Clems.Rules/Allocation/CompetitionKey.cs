using System.Collections.Generic;
using Clems.Rules.Framework;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// An eligible interest's competition key, in two forms kept side by side so they cannot drift apart: packed into longs
/// for the allocator (smaller is better), and written out for people (the key tables and the explanations).
internal static class CompetitionKey
{
    /// The packed value of a criterion nobody can have (no commitment, no membership term): it ranks last.
    internal const long NoValue = long.MaxValue;

    /// Packs the key of each eligible interest of a project into its row of <paramref name="keys"/>: the preparation
    /// tier, the criteria (decimals by their rank among the project's distinct values, so comparisons stay exact), the
    /// lottery ticket, and in the last column <paramref name="memberColumn"/> (a 64-bit ticket collision).
    internal static void Pack(ProjectFact project, IReadOnlyList<InterestFact> eligible, System.Func<InterestFact, int> memberColumn, long[] keys, int width)
    {
        var criteria = project.Criteria;
        var amountRank = DescendingRank(eligible, i => i.CommittedAmount?.Amount ?? 0m);
        var daysRank = DescendingRank(eligible, i => i.PersonDays);

        // Instants rank among the project's distinct first commitments, so they compare at their full (nanosecond)
        // precision: ticks would tie two commitments made less than 100 ns apart.
        var firstRank = criteria.Contains(CompetitionCriterion.EarlierCommitment) ? EarliestFirst(eligible) : null;
        foreach (var interest in eligible)
        {
            var row = interest.Index * width;
            for (var c = 0; c < criteria.Length; c++)
            {
                keys[row + c] = criteria[c] switch
                {
                    CompetitionCriterion.PreparationCommitment => interest.PreparationCommitted ? 0L : 1L,
                    CompetitionCriterion.CommittedAmount => amountRank[interest.CommittedAmount?.Amount ?? 0m],
                    CompetitionCriterion.EarlierCommitment => interest.FirstCommitmentAt is { } at ? firstRank![at] : NoValue,
                    CompetitionCriterion.Involvement => daysRank[interest.PersonDays],
                    CompetitionCriterion.MembershipSeniority => interest.Standing.Term is { } term ? term.Start.ToDateOnly().DayNumber : NoValue,
                    _ => project.LotterySeed is { } seed ? Draw(project, seed, interest) : 0L,
                };
            }

            keys[row + criteria.Length] = memberColumn(interest);
        }
    }

    /// The key for people (of an interest whose key was packed): one value per criterion of the project's key, then the member id.
    internal static string[] Describe(InterestFact interest)
    {
        var project = interest.Project;
        var criteria = project.Criteria;
        var shown = new string[criteria.Length + 1];
        for (var c = 0; c < criteria.Length; c++)
        {
            shown[c] = criteria[c] switch
            {
                CompetitionCriterion.PreparationCommitment => interest.PreparationCommitted ? "yes" : "no",
                CompetitionCriterion.CommittedAmount => interest.CommittedAmount?.ToString() ?? "none",
                CompetitionCriterion.EarlierCommitment => interest.FirstCommitmentAt is { } first ? Text.Instant(first) : "none",
                CompetitionCriterion.Involvement => Text.Inv($"{interest.PersonDays} person-days"),
                CompetitionCriterion.MembershipSeniority => interest.Standing.Term is { } term ? "member since " + Text.Date(term.Start) : "none",
                _ => project.LotterySeed is not null ? LotteryTicket.ToHex(interest.Ticket) : "not drawn",
            };
        }

        shown[criteria.Length] = interest.Interest.Member.Value;
        return shown;
    }

    /// Draws the interest's ticket (kept on the interest for its key for people) and packs it: the ticket as a signed
    /// long that orders like the unsigned ticket.
    private static long Draw(ProjectFact project, string seed, InterestFact interest)
    {
        interest.Ticket = LotteryTicket.Draw(seed, project.LotteryScope, interest.Interest.Member.Value);
        return (long)(interest.Ticket ^ 0x8000_0000_0000_0000UL);
    }

    private static Dictionary<decimal, long> DescendingRank(IReadOnlyList<InterestFact> eligible, System.Func<InterestFact, decimal> value)
    {
        var distinct = new SortedSet<decimal>();
        foreach (var interest in eligible)
        {
            distinct.Add(value(interest));
        }

        var rank = new Dictionary<decimal, long>(distinct.Count);
        foreach (var v in distinct.Reverse())
        {
            rank[v] = rank.Count;
        }

        return rank;
    }

    /// Each distinct first-commitment instant of the eligible interests → its rank, the earliest first.
    private static Dictionary<NodaTime.Instant, long> EarliestFirst(IReadOnlyList<InterestFact> eligible)
    {
        var distinct = new SortedSet<NodaTime.Instant>();
        foreach (var interest in eligible)
        {
            if (interest.FirstCommitmentAt is { } at)
            {
                distinct.Add(at);
            }
        }

        var rank = new Dictionary<NodaTime.Instant, long>(distinct.Count);
        foreach (var at in distinct)
        {
            rank[at] = rank.Count;
        }

        return rank;
    }
}
