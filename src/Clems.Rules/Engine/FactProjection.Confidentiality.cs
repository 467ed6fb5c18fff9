using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Confidentiality;
using Clems.Rules.Decisions;

namespace Clems.Rules.Engine;

internal static partial class FactProjection
{
    /// G3: one fact per (confidential initiative, participant) with its agreement resolved here, in one pass over the
    /// agreements; non-confidential initiatives need no agreement and get no fact.
    private static void ProjectConfidentiality(ProjectionScope scope)
    {
        var agreements = scope.Snapshot.ConfidentialityAgreements.ToDictionary(a => (a.Initiative, a.Organization));
        foreach (var initiative in scope.Initiatives.Values.Where(i => i.Initiative.Confidential).OrderBy(i => i.Initiative.Id))
        {
            foreach (var participant in initiative.Initiative.Participants.OrderBy(p => p.Organization))
            {
                var key = (initiative.Initiative.Id, participant.Organization);
                var fact = new ConfidentialParticipation
                {
                    Initiative = initiative,
                    Organization = scope.Standings[participant.Organization].Organization,
                    Participant = participant,
                    Agreement = agreements.GetValueOrDefault(key),
                    Subject = new DecisionSubject(SubjectKind.Participation, initiative.Initiative.Id.Value + "/" + participant.Organization.Value),
                };
                scope.ConfidentialParticipations[key] = fact;
                scope.Facts.Add(fact);
            }
        }
    }
}
