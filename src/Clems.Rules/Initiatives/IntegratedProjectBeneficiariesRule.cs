using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => project, p => !p.HasMemberBeneficiary);

        Then()
            .Do(ctx => Reject(ctx, project));
    }

    private static void Reject(IContext ctx, IntegratedProjectFact project)
    {
        var initiative = project.Initiative.Initiative;
        var reason = project.Beneficiaries.IsEmpty
            ? new Reason(
                "G14.no-beneficiary",
                $"Integrated project {initiative.Title} ({initiative.Id}) names no direct beneficiary; an integrated project benefits members directly.")
            : new Reason(
                "G14.no-member-beneficiary",
                $"None of the direct beneficiaries of integrated project {initiative.Title} ({initiative.Id}) is an active member: "
                + Text.List([.. project.Beneficiaries.Select(b => $"{b.Organization.Name} ({b.Organization.Id}) {b.Describe()}")])
                + $" (as of {Text.Date(project.Beneficiaries[0].AsOf)}); an integrated project benefits members directly.");
        ctx.Decide(project.Initiative.Subject, DecisionOutcome.Rejected, [reason]);
        InitiativeFinding.Stop(ctx, project.Initiative);
    }
}
