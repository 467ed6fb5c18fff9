using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Confidentiality;

/// Confidentiality agreements (G3): each names an existing initiative and organisation, once per pair; one fact per
/// (confidential initiative, participant) with its agreement resolved, in one pass over the agreements.
/// Non-confidential initiatives need no agreement and get no fact.
internal sealed class ConfidentialityArea : GovernanceArea
{
    /// Each participant of a confidential initiative with its G3 status (<see cref="ConfidentialParticipation.IsBlocked"/>).
    /// A pair that is absent is not subject to G3 (the initiative is not confidential, or the organisation does not participate).
    internal static readonly AreaProduct<Dictionary<(InitiativeId Initiative, OrganizationId Organization), ConfidentialParticipation>> Participations = new("Confidentiality.Participations");

    internal override string Name => "Confidentiality";

    internal override ImmutableArray<AreaProduct> Produces => [Participations];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, InitiativesArea.Initiatives];

    internal override void Validate(ValidationScope scope)
    {
        var agreements = scope.Snapshot.ConfidentialityAgreements;
        var seen = new Dictionary<(string Initiative, string Organization), int>();
        for (var i = 0; i < agreements.Length; i++)
        {
            var agreement = agreements[i];
            var at = new ItemPath("$.confidentialityAgreements", i);
            var known = scope.CheckReference(InitiativesArea.InitiativeIds, agreement.Initiative.Value, at.Then(".initiative"));
            known &= scope.CheckReference(MembershipArea.Organizations, agreement.Organization.Value, at.Then(".organization"));
            if (known && !seen.TryAdd((agreement.Initiative.Value, agreement.Organization.Value), i))
            {
                scope.Add(
                    at,
                    ConfidentialityProblems.DuplicateSignature,
                    Text.Inv($"Organisation '{agreement.Organization}' already signed the agreement of initiative '{agreement.Initiative}' at ")
                    + Text.Inv($"$.confidentialityAgreements[{seen[(agreement.Initiative.Value, agreement.Organization.Value)]}]; ")
                    + "keep one signature per initiative and organisation (the one that counts for G3).");
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var participations = new Dictionary<(InitiativeId Initiative, OrganizationId Organization), ConfidentialParticipation>();
        var agreements = scope.Snapshot.ConfidentialityAgreements.ToDictionary(a => (a.Initiative, a.Organization));
        foreach (var initiative in scope.Get(InitiativesArea.Initiatives).Values.Where(i => i.Initiative.Confidential).OrderBy(i => i.Initiative.Id))
        {
            foreach (var participant in initiative.Initiative.Participants.OrderBy(p => p.Organization))
            {
                var key = (initiative.Initiative.Id, participant.Organization);
                var fact = new ConfidentialParticipation
                {
                    Initiative = initiative,
                    Organization = standings[participant.Organization].Organization,
                    Participant = participant,
                    Agreement = agreements.GetValueOrDefault(key),
                    Subject = DecisionSubject.Participation(initiative.Initiative.Id, participant.Organization),
                };
                participations[key] = fact;
                scope.Facts.Add(fact);
            }
        }

        scope.Publish(Participations, participations);
    }
}
