using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// G14: CLEMS runs integrated projects whose direct beneficiaries are members. An integrated project with no active
/// member among its beneficiaries is rejected (and so is not runnable).
[Name("Initiatives.IntegratedProjectBeneficiaries")]
[Description("An integrated project with no active member among its direct beneficiaries is rejected.")]
[Tag("G14")]
[Priority(RulePriorities.Findings)]
internal sealed class IntegratedProjectBeneficiariesRule : Rule
{
    public override void Define()
    {
        IntegratedProjectFact project = null!;

        When()
            .Match(() => project, p => !InitiativeClauses.HasMemberBeneficiary(p));

        Then()
            .Do(ctx => Reject(ctx, project));
    }

    private static void Reject(IContext ctx, IntegratedProjectFact project)
    {
        ctx.Decide(project.Initiative.Subject, DecisionOutcome.Rejected, [InitiativesReasons.NoMemberBeneficiary(project)]);
        InitiativeFinding.Stop(ctx, project.Initiative);
    }
}
