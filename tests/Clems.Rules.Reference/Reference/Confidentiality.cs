using System.Linq;
using Clems.Rules.Confidentiality;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Reference.Clauses;

/// G3: every participant of a confidential initiative signs its agreement at or before its involvement starts.
internal static class Confidentiality
{
    public static void Decide(Cluster cluster)
    {
        foreach (var initiative in cluster.Snapshot.Initiatives.Where(i => i.Confidential))
        {
            foreach (var participant in initiative.Participants)
            {
                Decide(cluster, initiative, participant);
            }
        }
    }

    public static ConfidentialityAgreement? Agreement(Cluster cluster, InitiativeId initiative, OrganizationId organization)
        => cluster.AgreementsOf[(initiative, organization)].SingleOrDefault();

    /// Blocked: no signature, no known involvement start, or a signature after it.
    public static bool Blocked(Cluster cluster, Initiative initiative, Participant participant)
        => Agreement(cluster, initiative.Id, participant.Organization) is not { } agreement
            || participant.InvolvedFrom is not { } from
            || agreement.SignedAt > from;

    private static void Decide(Cluster cluster, Initiative initiative, Participant participant)
    {
        var id = initiative.Id.Value + "/" + participant.Organization.Value;
        if (!Blocked(cluster, initiative, participant))
        {
            cluster.Decide(SubjectKind.Participation, id, DecisionOutcome.Approved, "Confidentiality.SignedBeforeInvolvement", "G3", ["G3.signed-before-involvement"]);
            return;
        }

        var agreement = Agreement(cluster, initiative.Id, participant.Organization);
        var reasons = new System.Collections.Generic.List<string>();
        if (agreement is null)
        {
            reasons.Add("G3.no-agreement");
        }
        else if (participant.InvolvedFrom is { } from && agreement.SignedAt > from)
        {
            reasons.Add("G3.signed-late");
        }

        if (participant.InvolvedFrom is null)
        {
            reasons.Add("G3.involvement-start-unknown");
        }

        cluster.Decide(SubjectKind.Participation, id, DecisionOutcome.Blocked, "Confidentiality.SignatureMissingOrLate", "G3", reasons);
    }
}
