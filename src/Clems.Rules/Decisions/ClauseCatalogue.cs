using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Clems.Rules.Decisions;

/// <summary>The clauses of the CLEMS governance catalogue (G1–G16, S1–S15) with their short meaning, and the one place
/// that says which clauses are descriptive (enforced by no rule) and why.</summary>
/// <remarks>Every clause is either enforced by at least one compiled rule or descriptive; the traceability tests check
/// both directions, and <c>clems-rules rules --format markdown</c> writes the page docs/governance-rules.md from it.</remarks>
public static class ClauseCatalogue
{
    // Clauses that no rule enforces, with why. Empty today: every clause has a rule. A clause added here must lose its
    // rules, and one whose rules go away must be added here, or the traceability tests fail.
    private static readonly Dictionary<string, string> DescriptiveReasons = new(StringComparer.Ordinal);

    private static readonly (string Id, string Title)[] Titles =
    [
        ("G1", "The General Assembly sets the framework of cooperation (equal opportunity, fair treatment); a versioned framework applies from its effective date."),
        ("G2", "Working groups form around members' strategic objectives and own a portfolio of projects."),
        ("G3", "Confidentiality agreements are signed by every party before its involvement in an initiative."),
        ("G4", "A working group is set up freely by at least three member organisations (a framework parameter)."),
        ("G5", "A working group is dissolved or given a new objective on a proposal of members."),
        ("G6", "Working group thematic areas W1–W9 (W9: other, with a label)."),
        ("G7", "The executive management coordinates implementation."),
        ("G8", "Participation may require resources committed in the preparation phase; earlier committers come first."),
        ("G9", "Activities are initiated by member organisations through their representatives."),
        ("G10", "No projects for non-members: initiator, beneficiaries and participants must be active members."),
        ("G11", "An idea runs only with an action plan and a budget whose funding is identified."),
        ("G12", "The executive team's capacity is limited; initiatives beyond it wait."),
        ("G13", "CLEMS acts as sales agent only for what members initiated and fund."),
        ("G14", "Integrated projects benefit members directly; internal bids need members' expertise."),
        ("G15", "The cluster route fits an organisation whose objectives match and which could not take part alone."),
        ("G16", "Places go by interest and involvement, earlier commitment first, then an internal competition under agreed rules ending in a verifiable draw."),
        ("S1", "Project management office for projects of several organisations: at least two."),
        ("S2", "Advice to the high-level group on international acquisition, product development and marketing (members only)."),
        ("S3", "Access to other forms of capital (members only)."),
        ("S4", "Preparing applications for EU and Romanian public funds, linked to the cluster route (G15)."),
        ("S5", "Eco-innovation consultancy (members only)."),
        ("S6", "Environmental legislation advice (members only)."),
        ("S7", "Collaboration with suppliers of environmental services and equipment (members only)."),
        ("S8", "Access to environmental research infrastructure: laboratories, specialists (members only)."),
        ("S9", "Organisational development consultancy (members only)."),
        ("S10", "Product development and marketing strategy consultancy (members only)."),
        ("S11", "Tender monitoring by each member's interest (CPV prefixes, countries, value range), before the deadline."),
        ("S12", "Preparing tender submissions for consortia; support in public-tender disputes (members only)."),
        ("S13", "Internationalisation through CLEMS partners' business opportunities (members only)."),
        ("S14", "Advertising channel: each item needs its own pre-approval; an approval never covers another item."),
        ("S15", "Event management consultancy (members only)."),
    ];

    /// <summary>Every clause of the catalogue, in catalogue order (G1 … G16, then S1 … S15).</summary>
    public static ImmutableArray<ClauseDescription> Clauses { get; } =
        [.. Titles
            .Select(t => new ClauseDescription(ClauseId.Parse(t.Id), t.Title, DescriptiveReasons.GetValueOrDefault(t.Id)))
            .OrderBy(c => c.Id)];

    /// <summary>Describes one clause.</summary>
    /// <param name="id">The clause id.</param>
    /// <returns>The clause's description.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, which names no clause.</exception>
    public static ClauseDescription Describe(ClauseId id)
        => Clauses.FirstOrDefault(c => c.Id == id)
            ?? throw new ArgumentException("The default ClauseId names no clause; parse one with ClauseId.Parse, e.g. \"G10\".", nameof(id));
}
