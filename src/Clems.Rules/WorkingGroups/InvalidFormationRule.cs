using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G4: a working group is set up by at least the framework's minimum of distinct organisations that are active members
/// on the formation date. Each founder that was not, and the shortfall, are reasons for rejecting the formation.
[Name("WorkingGroups.InvalidFormation")]
[Description("A working group formed by fewer than the framework's minimum of organisations that were active members on the formation date is rejected.")]
[Tag("G4")]
[Priority(RulePriorities.Findings)]
internal sealed class InvalidFormationRule : Rule
{
    public override void Define()
    {
        WorkingGroupFact group = null!;

        When()
            .Match(() => group, g => !WorkingGroupClauses.SetUpByEnoughMembers(g));

        Then()
            .Do(ctx => Reject(ctx, group));
    }

    private static void Reject(IContext ctx, WorkingGroupFact fact)
    {
        var reasons = fact.Founders
            .Where(s => !s.IsActive)
            .Select(s => WorkingGroupsReasons.FounderNotActive(s, fact.Group))
            .Append(WorkingGroupsReasons.TooFewFounders(fact));
        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons, fact.Founders.SelectMany(s => s.References));
    }
}
