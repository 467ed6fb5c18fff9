using System;

namespace Clems.Rules.Engine;

/// <summary>Thrown when a rule fails while a snapshot is evaluated; names the rule. No partial report escapes.</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The id of the rule that failed, or a description when NRules does not name it.</param>
    /// <param name="innerException">The failure raised inside the rule.</param>
    public RuleEvaluationException(string ruleId, Exception innerException)
        : base($"Rule {ruleId} failed while evaluating the snapshot: {innerException?.Message}", innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>The id of the rule that failed.</summary>
    public string RuleId { get; }
}
