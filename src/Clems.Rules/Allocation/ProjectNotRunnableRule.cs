using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Allocation;

/// G11, G16: a project whose initiative is not runnable allocates no places.
[Name("Allocation.ProjectNotRunnable")]
[Description("A project whose initiative is not runnable allocates no places.")]
[Tag("G11")]
[Tag("G16")]
[Priority(RulePriorities.Findings)]
internal sealed class ProjectNotRunnableRule : Rule
{
    public override void Define()
    {
        ProjectFact project = null!;

        When()
            .Match(() => project, p => !p.Runnable);

        Then()
            .Do(ctx => ctx.Decide(project.Subject, DecisionOutcome.NotAllocated, new[] { AllocationReasons.ProjectNotRunnable(project) }, null));
    }
}
