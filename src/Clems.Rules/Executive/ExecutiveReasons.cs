using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Utility;

namespace Clems.Rules.Executive;

/// The reason codes and sentences of the executive team's capacity (G7, G12).
internal static class ExecutiveReasons
{
    /// Every reason code the Executive area emits.
    internal static class Codes
    {
        internal const string Committed = "G12.committed";
        internal const string NotCounted = "G12.contribution-not-counted";
        internal const string Capacity = "G12.capacity";
        internal const string WithinCapacity = "G12.within-capacity";
        internal const string QueuePosition = "G12.queue-position";
    }

    /// What the members committed to the initiative, as declared and, where converted, in the comparison currency.
    internal static Reason Committed(CommittedResources entry)
    {
        var initiative = entry.Fact.Initiative;
        if (entry.Declared.Count == 0)
        {
            return new Reason(
                Codes.Committed,
                entry.NotCounted.Count == 0
                    ? $"Members committed no resources to {initiative.Title} ({initiative.Id}): its funding has no member contribution."
                    : $"Members committed no resources to {initiative.Title} ({initiative.Id}): no member contribution in its funding is by an active member.");
        }

        var declared = Text.List([.. entry.Declared.Select(m => m.ToString())]);
        var converted = entry.Amount is not { } amount || (entry.Declared.Count == 1 && entry.Declared[0].Currency == amount.Currency)
            ? string.Empty
            : $" ({Rounded(amount)} at the framework's exchange rates)";
        return new Reason(Codes.Committed, $"Members committed {declared}{converted} to {initiative.Title} ({initiative.Id}) in member contributions.");
    }

    /// A member contribution that does not count as committed resources, with its contributor's standing (G12, G10).
    internal static Reason NotCounted(NotCountedContribution contribution)
    {
        var amount = contribution.Source.Amount;
        if (contribution.Standing is not { } standing)
        {
            return new Reason(
                Codes.NotCounted,
                $"The member contribution of {amount} is not counted as committed resources: it names no contributor, and only what active members commit counts.");
        }

        var organization = standing.Organization;
        return new Reason(
            Codes.NotCounted,
            $"The member contribution of {amount} by {organization.Name} ({organization.Id}) is not counted as committed resources: {organization.Name} {standing.Describe()} (as of {Text.Date(standing.AsOf)}), and only what active members commit counts.");
    }

    internal static Reason Capacity(FrameworkVersion framework, int capacity, int runnable)
        => new(
            Codes.Capacity,
            Text.Inv($"Framework {framework.Id} lets the executive team support {Text.Count(capacity, "runnable initiative", "runnable initiatives")} at once; {Text.Count(runnable, "initiative is", "initiatives are")} runnable."));

    /// Every runnable initiative fits within the capacity.
    internal static Reason AllWithinCapacity(int runnable, int capacity)
        => new(
            Codes.WithinCapacity,
            (runnable == 1 ? "The only runnable initiative fits" : Text.Inv($"All {runnable} runnable initiatives fit")) + Text.Inv($" within the capacity of {capacity}, so none queues."));

    /// A supported initiative's place in the ranking when others queue; <paramref name="rank"/> counts from 1.
    internal static Reason RanksWithinCapacity(CommittedResources entry, int rank, int runnable, int capacity)
        => new(
            Codes.WithinCapacity,
            Text.Inv($"It ranks {rank} of {runnable} by committed resources, then by the earlier instant it became ready ({Readiness(entry)}), within the capacity of {capacity}."));

    /// The first of the queue when the capacity is 0: no initiative is ahead of it.
    internal static Reason NoneSupported(FrameworkVersion framework, int queued)
        => new(
            Codes.QueuePosition,
            Text.Inv($"Position 1 of {queued} in the queue: framework {framework.Id} sets the executive capacity to 0, so no initiative is supported."));

    /// A queued initiative's position, with the initiative just ahead of it and why that one ranks higher.
    internal static Reason QueuePosition(int position, int queued, int capacity, CommittedResources ahead, CommittedResources entry)
    {
        var before = position == 1
            ? (capacity == 1 ? "the initiative ahead of it is supported" : Text.Inv($"all {capacity} initiatives ahead of it are supported"))
            : Text.Inv($"ahead of it are the {capacity} supported and {position - 1} queued");
        return new Reason(
            Codes.QueuePosition,
            Text.Inv($"Position {position} of {queued} in the queue: {before}; the one just ahead, {ahead.Fact.Initiative.Title} ({ahead.Fact.Initiative.Id}), ranks higher because {WhyAhead(ahead, entry)}."));
    }

    private static string Readiness(CommittedResources entry)
        => entry.ReadyAt is { } at ? "ready at " + Text.Instant(at) : "readiness instant not recorded";

    /// Why <paramref name="ahead"/> ranks above <paramref name="entry"/>, which comes just after it.
    private static string WhyAhead(CommittedResources ahead, CommittedResources entry)
    {
        var amount = Rounded(ahead.Amount!.Value);
        if (ahead.Compared != entry.Compared)
        {
            return $"its members committed {amount} against {Rounded(entry.Amount!.Value)}";
        }

        if (ahead.ReadyAt != entry.ReadyAt)
        {
            return entry.ReadyAt is null
                ? $"both have {amount} committed and it was {Readiness(ahead)} while this one's readiness instant is not recorded"
                : $"both have {amount} committed and it was {Readiness(ahead)}, before this one at {Text.Instant(entry.ReadyAt.Value)}";
        }

        var same = $"both have {amount} committed and the same readiness ({Readiness(ahead)})";
        return ahead.Ticket == entry.Ticket
            ? $"{same}, both drew ticket {LotteryTicket.ToHex(ahead.Ticket!.Value)} in the executive draw, and its id comes first"
            : $"{same}, and its ticket in the executive draw, {LotteryTicket.ToHex(ahead.Ticket!.Value)}, is lower than this one's, {LotteryTicket.ToHex(entry.Ticket!.Value)}";
    }

    private static Money Rounded(Money money) => new(decimal.Round(money.Amount, 2, System.MidpointRounding.ToEven), money.Currency);
}
