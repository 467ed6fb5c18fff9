using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Allocation;

/// G3, G8, G10, G16: only interested, eligible members take part in a project's allocation. An interest is ineligible
/// when its project's initiative is not runnable, when its member is not an active member, when the project requires a
/// preparation-phase commitment the member did not make, or when the project is confidential and the member has not
/// signed its agreement (or already participates and is blocked under G3). Fires once per project, for all its ineligible interests.
[Name("Allocation.Eligibility")]
[Description("An interest is ineligible when its project is not runnable, its member is not an active member, the project requires a preparation-phase commitment the member did not make, or the project is confidential and the member has not signed its agreement.")]
[Tag("G3")]
[Tag("G8")]
[Tag("G10")]
[Tag("G16")]
[Priority(RulePriorities.Findings)]
internal sealed class IneligibleInterestRule : Rule
{
    public override void Define()
    {
        ProjectInterests project = null!;

        When()
            .Match(() => project, p => p.Interests.Any(i => !AllocationClauses.IsEligible(i)));

        Then()
            .Do(ctx => Refuse(ctx, project));
    }

    private static void Refuse(IContext ctx, ProjectInterests project)
    {
        foreach (var interest in project.Interests)
        {
            if (!AllocationClauses.IsEligible(interest))
            {
                // Hundreds of thousands at scale: the reasons and fact references are built when first read.
                ctx.DecideLater(interest.Subject, DecisionOutcome.Ineligible, new Refusal(interest));
            }
        }
    }

    /// Why an interest is ineligible: every failed condition, each with its clause.
    private sealed class Refusal(InterestFact interest) : DecisionDetail
    {
        internal override FactReference[] Facts() => interest.SubjectFacts(withProject: true);

        internal override ImmutableArray<Reason> Reasons()
        {
            var reasons = ImmutableArray.CreateBuilder<Reason>(2);
            if (!AllocationClauses.ProjectRunnable(interest))
            {
                reasons.Add(AllocationReasons.InterestInProjectNotRunnable(interest));
            }

            if (!AllocationClauses.ActiveMember(interest))
            {
                reasons.Add(AllocationReasons.NotActiveMember(interest));
            }

            if (!AllocationClauses.MeetsPreparationRequirement(interest))
            {
                reasons.Add(AllocationReasons.NoPreparationCommitment(interest));
            }

            if (AllocationClauses.LacksConfidentialityAgreement(interest))
            {
                reasons.Add(AllocationReasons.NoAgreement(interest));
            }

            if (AllocationClauses.BlockedAsParticipant(interest))
            {
                reasons.Add(AllocationReasons.BlockedParticipant(interest));
            }

            return reasons.DrainToImmutable();
        }
    }
}
