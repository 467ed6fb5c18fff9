using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Executive;

/// The executive draw that ends G12's ties (G1: "on identifiers only through the published lottery draw"): one ticket
/// per initiative, drawn with the allocation lottery's recipe in the scope <see cref="Scope"/>. One fact per evaluation,
/// matched once by the executive-capacity rule.
internal sealed class ExecutiveDraw
{
    /// The lottery scope of the executive draw (docs/areas/executive.md, "The executive draw").
    internal const string Scope = "executive";

    internal ExecutiveDraw(string? seed) => Seed = string.IsNullOrEmpty(seed) ? null : seed;

    /// The published lottery seed; null when the scenario publishes none.
    internal string? Seed { get; }

    /// The initiative's ticket, lower first; null without a published seed.
    internal ulong? Ticket(InitiativeId initiative)
        => Seed is { } seed ? LotteryTicket.Draw(seed, Scope, initiative.Value) : null;
}
