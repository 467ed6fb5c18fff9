using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(
                () => group,
                g => WorkingGroupClauses.SetUpByEnoughMembers(g),
                g => WorkingGroupClauses.FormedBy(g),
                g => !WorkingGroupClauses.Dissolved(g),
                g => !WorkingGroupClauses.AtQuorum(g));

        Then()
            .Do(ctx => Flag(ctx, group));
    }

    private static void Flag(IContext ctx, WorkingGroupFact fact)
    {
        var reasons = fact.Members
            .Where(s => !s.IsActive)
            .Select(s => WorkingGroupsReasons.MemberNotActive(s, fact.AsOf))
            .Append(WorkingGroupsReasons.BelowQuorum(fact));
        ctx.Decide(fact.Subject, DecisionOutcome.Flagged, reasons, fact.Members.SelectMany(s => s.References));
    }
}
