using System.Linq;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Allocation;

/// G8, G16: a runnable project's eligible interests, gathered once per project; the count against the places tells
/// whether the project is oversubscribed and needs its internal competition.
[Name("Allocation.Demand")]
[Description("Gathers each runnable project's eligible interests, to compare the demand with the places it offers.")]
[Tag("G8")]
[Tag("G16")]
[Priority(RulePriorities.Findings)]
internal sealed class ProjectDemandRule : Rule
{
    public override void Define()
    {
        ProjectInterests project = null!;

        When()
            .Match(() => project, p => p.Interests.Any(i => AllocationClauses.IsEligible(i)));

        Then()
            .Do(ctx => Gather(ctx, project));
    }

    private static void Gather(NRules.RuleModel.IContext ctx, ProjectInterests project)
        => ctx.Insert(new ProjectDemand(project.Project, [.. project.Interests.Where(AllocationClauses.IsEligible)]));
}
