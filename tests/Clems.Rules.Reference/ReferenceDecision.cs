using System.Collections.Generic;
using Clems.Rules.Decisions;

namespace Clems.Rules.Reference;

/// One decision of the reference model: what the engine's report says, minus the texts.
public sealed record ReferenceDecision(
    SubjectKind Kind,
    string SubjectId,
    DecisionOutcome Outcome,
    string RuleId,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> ReasonCodes)
{
    public override string ToString()
        => $"{Kind}:{SubjectId} {Outcome} by {RuleId} [{string.Join(",", Clauses)}] ({string.Join(", ", ReasonCodes)})";
}
