using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => group, g => !g.FormationValid);

        Then()
            .Do(ctx => Reject(ctx, group));
    }

    private static void Reject(IContext ctx, WorkingGroupFact fact)
    {
        var formedOn = Text.Date(fact.Group.FormedOn);
        var reasons = fact.Founders
            .Where(s => !s.IsActive)
            .Select(s => new Reason(
                "G4.founder-" + s.ReasonCode,
                $"{WorkingGroupText.Organization(s.Organization)} {s.Describe()} (on the formation date {formedOn}), so it does not count towards founding the group."))
            .Append(new Reason(
                "G4.too-few-founders",
                Text.Inv($"{WorkingGroupText.GroupSubject(fact.Group)} was formed on {formedOn} with {Text.Count(fact.ActiveFounderCount, "organisation that was an active member", "organisations that were active members")} ")
                + $"on that date; {WorkingGroupText.FormationMinimum(fact)}."));
        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons, fact.Founders.SelectMany(s => s.References));
    }
}
