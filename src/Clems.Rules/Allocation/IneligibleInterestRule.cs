using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
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
            .Match(() => project, p => p.Interests.Any(i => !AllocationEligibility.IsEligible(i)));

        Then()
            .Do(ctx => Refuse(ctx, project));
    }

    private static void Refuse(IContext ctx, ProjectInterests project)
    {
        foreach (var interest in project.Interests)
        {
            if (!AllocationEligibility.IsEligible(interest))
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
            var i = interest;
            var member = i.Standing.Organization;
            var reasons = ImmutableArray.CreateBuilder<Reason>(2);
            if (!i.Project.Runnable)
            {
                reasons.Add(new(
                    "G16.project-not-runnable",
                    $"Project {i.Project.Places.Initiative} is not runnable as of {Text.Date(i.Standing.AsOf)} (see its G9–G11 decisions), so it allocates no places."));
            }

            if (i.Standing.Kind != StandingKind.Active)
            {
                reasons.Add(new(
                    "G10." + i.Standing.ReasonCode,
                    $"{member.Name} ({member.Id}) {i.Standing.Describe()} (as of {Text.Date(i.Standing.AsOf)}); only active members take part."));
            }

            if (i.Project.Places.RequiresPreparationCommitment && !i.PreparationCommitted)
            {
                reasons.Add(new(
                    "G8.no-preparation-commitment",
                    $"Project {i.Project.Places.Initiative} requires resources committed in the preparation phase, and {member.Id} committed none there."));
            }

            if (i.ConfidentialityRequired && !i.SignedAgreement)
            {
                reasons.Add(new(
                    "G3.no-agreement",
                    $"Project {i.Project.Places.Initiative} is confidential and {member.Id} has not signed its confidentiality agreement; it must sign before it is involved."));
            }
            else if (i.ConfidentialityRequired && i.BlockedUnderConfidentiality)
            {
                reasons.Add(new(
                    "G3.blocked-participant",
                    $"{member.Id} already participates in {i.Project.Places.Initiative} and is blocked under G3: it signed the confidentiality agreement after its involvement started."));
            }

            return reasons.DrainToImmutable();
        }
    }
}
