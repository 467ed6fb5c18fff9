using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Allocation;

/// Projects the allocation facts once the initiative rules have fired and the runnable initiatives are known:
/// one ProjectFact per project and one InterestFact per interest, references resolved, in id order.
internal static class AllocationProjection
{
    internal static (List<ProjectFact> Projects, List<InterestFact> Interests) Project(ProjectionScope scope, IReadOnlySet<InitiativeId> runnable)
    {
        var snapshot = scope.Snapshot;
        var defaults = scope.Context.Framework.Parameters.DefaultCompetitionCriteria;
        var projects = new Dictionary<InitiativeId, ProjectFact>();
        foreach (var places in snapshot.Projects.OrderBy(p => p.Initiative))
        {
            var competition = places.Competition;
            var agreed = competition is null
                ? []
                : competition.Agreements.Where(a => a.AgreedAt < competition.FreezeAt).Select(a => a.Member).ToImmutableHashSet();
            var chosen = competition is { Criteria.IsEmpty: false } ? competition.Criteria : defaults;
            projects[places.Initiative] = new ProjectFact
            {
                Places = places,
                Initiative = scope.Initiatives[places.Initiative],
                Runnable = runnable.Contains(places.Initiative),
                Subject = new DecisionSubject(SubjectKind.Project, places.Initiative.Value),
                Criteria = [CompetitionCriterion.PreparationCommitment, .. chosen, CompetitionCriterion.Lottery],
                DefaultCriteria = competition is null || competition.Criteria.IsEmpty,
                AgreedBeforeFreeze = agreed,
            };
        }

        var commitments = snapshot.Commitments.ToLookup(c => (c.Member, c.Project));
        var signed = snapshot.ConfidentialityAgreements.Select(a => (a.Initiative, a.Organization)).ToHashSet();
        var interests = new List<InterestFact>(snapshot.Interests.Length);
        foreach (var interest in snapshot.Interests.OrderBy(i => i.Project).ThenBy(i => i.Member))
        {
            var own = commitments[(interest.Member, interest.Project)].ToList();
            var money = own.Where(c => c.Amount is not null).Select(c => c.Amount!.Value).ToList();
            interests.Add(new InterestFact
            {
                Interest = interest,
                Standing = scope.Standings[interest.Member],
                Project = projects[interest.Project],
                Subject = new DecisionSubject(SubjectKind.Interest, interest.Project.Value + "/" + interest.Member.Value),
                PreparationCommitted = own.Any(c => c.Phase == CommitmentPhase.Preparation),
                CommittedAmount = money.Count == 0 ? null : money.Skip(1).Aggregate(money[0], (sum, m) => sum.Add(m)),
                FirstCommitmentAt = own.Count == 0 ? null : own.Min(c => c.At),
                PersonDays = interest.PersonDays + own.Sum(c => c.PersonDays ?? 0m),
                ConfidentialityRequired = projects[interest.Project].Initiative.Initiative.Confidential,
                SignedAgreement = signed.Contains((interest.Project, interest.Member)),
                BlockedUnderConfidentiality = scope.ConfidentialParticipations.TryGetValue((interest.Project, interest.Member), out var participation)
                    && participation.IsBlocked,
            });
        }

        return ([.. projects.Values], interests);
    }

    /// The criterion's name as the scenario format writes it.
    internal static string NameOf(CompetitionCriterion criterion) => criterion switch
    {
        CompetitionCriterion.PreparationCommitment => "preparationCommitment",
        CompetitionCriterion.CommittedAmount => "committedAmount",
        CompetitionCriterion.EarlierCommitment => "earlierCommitment",
        CompetitionCriterion.Involvement => "involvement",
        CompetitionCriterion.MembershipSeniority => "membershipSeniority",
        _ => "lottery",
    };
}
