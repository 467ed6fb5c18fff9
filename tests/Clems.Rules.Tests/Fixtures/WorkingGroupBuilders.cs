using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Confidentiality;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// Working groups (G2, G4–G6) and confidentiality (G3) test data: groups with a chosen formation date and area,
/// proposals about them, confidential initiatives and signatures.
internal static class WorkingGroupData
{
    /// A group in area W2 formed on <paramref name="formedOn"/> by <paramref name="members"/>.
    public static WorkingGroup Group(string id, LocalDate formedOn, params string[] members)
        => new(new WorkingGroupId(id), "Group " + id, "Recover sludge as fertiliser", ThematicArea.W2Sludge, members.Select(m => new OrganizationId(m)), formedOn);

    public static WorkingGroupProposal Dissolve(string id, string group, LocalDate proposedOn, LocalDate effectiveFrom, params string[] proposedBy)
        => new(new WorkingGroupProposalId(id), new WorkingGroupId(group), WorkingGroupProposalKind.Dissolve, proposedBy.Select(o => new OrganizationId(o)), proposedOn, effectiveFrom);

    public static WorkingGroupProposal Transform(string id, string group, string objective, LocalDate proposedOn, LocalDate effectiveFrom, params string[] proposedBy)
        => new(new WorkingGroupProposalId(id), new WorkingGroupId(group), WorkingGroupProposalKind.Transform, proposedBy.Select(o => new OrganizationId(o)), proposedOn, effectiveFrom, objective);

    public static ConfidentialityAgreement Signature(string initiative, string organization, Instant signedAt)
        => new(new InitiativeId(initiative), new OrganizationId(organization), signedAt);

    public static Instant Instant(int year, int month, int day, int hour = 0, int minute = 0)
        => NodaTime.Instant.FromUtc(year, month, day, hour, minute);
}

internal sealed partial class SnapshotBuilder
{
    private readonly List<WorkingGroupProposal> _proposals = [];
    private readonly List<ConfidentialityAgreement> _agreements = [];

    public SnapshotBuilder With(params WorkingGroupProposal[] proposals)
    {
        _proposals.AddRange(proposals);
        return this;
    }

    public SnapshotBuilder With(params ConfidentialityAgreement[] agreements)
    {
        _agreements.AddRange(agreements);
        return this;
    }
}

internal sealed partial class InitiativeBuilder
{
    private bool _confidential;

    /// Marks the initiative confidential (G3).
    public InitiativeBuilder Confidential()
    {
        _confidential = true;
        return this;
    }

    /// Adds a participant whose involvement starts at <paramref name="involvedFrom"/> (null: unknown).
    public InitiativeBuilder WithParticipant(string organization, Instant? involvedFrom)
    {
        _participants.Add(new Participant(new OrganizationId(organization), involvedFrom));
        return this;
    }
}
