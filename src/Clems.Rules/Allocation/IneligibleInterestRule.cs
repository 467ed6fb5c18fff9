using System.Collections.Generic;
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
            if (AllocationEligibility.IsEligible(interest))
            {
                continue;
            }

            // The codes are decided here; each sentence is written when first read (hundreds of thousands at scale).
            var reasons = new List<Reason>(2);
            if (!interest.Project.Runnable)
            {
                reasons.Add(Reason.Later("G16.project-not-runnable", interest, static i =>
                    $"Project {i.Project.Places.Initiative} is not runnable as of {Text.Date(i.Standing.AsOf)} (see its G9–G11 decisions), so it allocates no places."));
            }

            if (interest.Standing.Kind != StandingKind.Active)
            {
                reasons.Add(Reason.Later("G10." + interest.Standing.ReasonCode, interest, static i =>
                    $"{i.Standing.Organization.Name} ({i.Standing.Organization.Id}) {i.Standing.Describe()} (as of {Text.Date(i.Standing.AsOf)}); only active members take part."));
            }

            if (interest.Project.Places.RequiresPreparationCommitment && !interest.PreparationCommitted)
            {
                reasons.Add(Reason.Later("G8.no-preparation-commitment", interest, static i =>
                    $"Project {i.Project.Places.Initiative} requires resources committed in the preparation phase, and {i.Standing.Organization.Id} committed none there."));
            }

            if (interest.ConfidentialityRequired && !interest.SignedAgreement)
            {
                reasons.Add(Reason.Later("G3.no-agreement", interest, static i =>
                    $"Project {i.Project.Places.Initiative} is confidential and {i.Standing.Organization.Id} has not signed its confidentiality agreement; it must sign before it is involved."));
            }
            else if (interest.ConfidentialityRequired && interest.BlockedUnderConfidentiality)
            {
                reasons.Add(Reason.Later("G3.blocked-participant", interest, static i =>
                    $"{i.Standing.Organization.Id} already participates in {i.Project.Places.Initiative} and is blocked under G3: it signed the confidentiality agreement after its involvement started."));
            }

            ctx.DecideEach(interest.Subject, DecisionOutcome.Ineligible, [.. reasons], interest.SubjectFacts(withProject: true));
        }
    }
}
