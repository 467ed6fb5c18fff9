using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Initiatives;

/// <summary>Who initiates an initiative: one member organisation or one working group (G9).</summary>
public sealed class Initiator
{
    private Initiator(OrganizationId? member, WorkingGroupId? workingGroup)
    {
        Member = member;
        WorkingGroup = workingGroup;
    }

    /// <summary>The initiating organisation, when a member initiates.</summary>
    public OrganizationId? Member { get; }

    /// <summary>The initiating working group, when a group initiates.</summary>
    public WorkingGroupId? WorkingGroup { get; }

    /// <summary>An initiative initiated by a member organisation.</summary>
    /// <param name="member">The organisation.</param>
    /// <returns>The initiator.</returns>
    public static Initiator ByMember(OrganizationId member) => new(member, null);

    /// <summary>An initiative initiated by a working group.</summary>
    /// <param name="workingGroup">The group.</param>
    /// <returns>The initiator.</returns>
    public static Initiator ByWorkingGroup(WorkingGroupId workingGroup) => new(null, workingGroup);

    /// <summary>Describes the initiator ("member org-a" or "working group wg-1").</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Member is { } m ? $"member {m}" : $"working group {WorkingGroup}";
}
