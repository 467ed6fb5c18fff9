namespace Clems.Rules.Framework;

/// The names of the competition criteria as the scenario format writes them, used in every reason that names one.
internal static class CriterionNames
{
    internal static string Of(CompetitionCriterion criterion) => criterion switch
    {
        CompetitionCriterion.PreparationCommitment => "preparationCommitment",
        CompetitionCriterion.CommittedAmount => "committedAmount",
        CompetitionCriterion.EarlierCommitment => "earlierCommitment",
        CompetitionCriterion.Involvement => "involvement",
        CompetitionCriterion.MembershipSeniority => "membershipSeniority",
        _ => "lottery",
    };
}
