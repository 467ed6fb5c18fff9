using Clems.Rules.Initiatives;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// An initiative's beneficiaries, participants, activities, budget lines and funding in an order FsCheck chose.
public static partial class Arbitraries
{
    private static Gen<Initiative> Permuted(Initiative i)
        => from beneficiaries in Shuffled(i.Beneficiaries)
           from participants in Shuffled(i.Participants)
           from activities in Shuffled(i.Activities)
           from budget in Shuffled(i.Budget)
           from funding in Shuffled(i.Funding)
           select new Initiative
           {
               Id = i.Id,
               Title = i.Title,
               Initiator = i.Initiator,
               ProposedBy = i.ProposedBy,
               Beneficiaries = beneficiaries,
               Participants = participants,
               Activities = activities,
               Budget = budget,
               Kind = i.Kind,
               ReadyAt = i.ReadyAt,
               Funding = funding,
               Confidential = i.Confidential,
           };
}
