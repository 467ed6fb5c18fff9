using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G4: a validly formed, not dissolved group whose active members on the as-of date have fallen below the framework's
/// minimum (memberships lapsed) is flagged, naming each member that lapsed.
[Name("WorkingGroups.BelowQuorum")]
[Description("A formed, not dissolved working group with fewer active member organisations at the as-of date than the framework's minimum is flagged, naming who lapsed.")]
[Tag("G4")]
[Priority(RulePriorities.Findings)]
internal sealed class BelowQuorumRule : Rule
{
    public override void Define()
    {
        WorkingGroupFact group = null!;

        When()
            .Match(() => group, g => g.FormationValid && g.IsFormed && !g.IsDissolved && !g.AtQuorum);

        Then()
            .Do(ctx => Flag(ctx, group));
    }

    private static void Flag(IContext ctx, WorkingGroupFact fact)
    {
        var asOf = Text.Date(fact.AsOf);
        var active = fact.Members.Where(s => s.IsActive).ToList();
        var reasons = fact.Members
            .Where(s => !s.IsActive)
            .Select(s => new Reason(
                "G4.member-" + s.ReasonCode,
                $"{WorkingGroupText.Organization(s.Organization)} {s.Describe()} (as of {asOf})."))
            .Append(new Reason(
                "G4.below-quorum",
                Text.Inv($"{WorkingGroupText.GroupSubject(fact.Group)} has {Text.Count(active.Count, "active member organisation", "active member organisations")} on {asOf}")
                + (active.Count == 0 ? string.Empty : $" ({WorkingGroupText.Organizations(active)})")
                + $"; {WorkingGroupText.Minimum(fact)}. It cannot initiate initiatives until it is back at the minimum."));
        ctx.Decide(fact.Subject, DecisionOutcome.Flagged, reasons, fact.Members.SelectMany(s => s.References));
    }
}
