using Clems.Rules.Engine;

namespace Clems.Rules.WorkingGroups;

/// The codes of the working-groups area's input problems (docs/scenario-format.md, "Problems").
internal static class WorkingGroupsProblems
{
    /// A group in area W9 (other) has no label naming its area.
    internal const string MissingAreaLabel = "WorkingGroups.missing-area-label";

    /// A group in an area other than W9 has a label.
    internal const string UnexpectedAreaLabel = "WorkingGroups.unexpected-area-label";

    /// A proposal names no proposing organisation (G5).
    internal const string NoProposer = "WorkingGroups.no-proposer";

    /// A proposal takes effect before it was made.
    internal const string EffectiveBeforeProposal = "WorkingGroups.effective-before-proposal";

    /// A transformation names no new objective.
    internal const string MissingNewObjective = "WorkingGroups.missing-new-objective";

    /// A dissolution names a new objective.
    internal const string UnexpectedNewObjective = "WorkingGroups.unexpected-new-objective";

    /// A proposal is dated before the group was formed.
    internal const string ProposalBeforeFormation = "WorkingGroups.proposal-before-formation";

    /// The problem with a text that is needed exactly when <paramref name="needed"/> (a W9 group's label, a
    /// transformation's new objective): <paramref name="missing"/> when it is needed and blank, <paramref name="unexpected"/>
    /// when it is given but not needed.
    internal static ValidationProblem? NeededExactlyWhen(
        bool needed, string? text, string path, (string Code, string Message) missing, (string Code, string Message) unexpected)
        => needed
            ? (string.IsNullOrWhiteSpace(text) ? new(path, missing.Code, missing.Message) : null)
            : (text is not null ? new(path, unexpected.Code, unexpected.Message) : null);
}
