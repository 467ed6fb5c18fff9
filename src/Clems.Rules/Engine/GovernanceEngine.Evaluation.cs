using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using NodaTime;
using NRules;

namespace Clems.Rules.Engine;

public sealed partial class GovernanceEngine
{
    /// <summary>Evaluates a snapshot as of a date.</summary>
    /// <param name="snapshot">The cluster's state.</param>
    /// <param name="asOf">The date the governance applies on: memberships, the framework version in force…</param>
    /// <returns>The report: the framework applied and every decision with its rule, clauses and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The snapshot is inconsistent, or no framework version is in force on
    /// <paramref name="asOf"/>; every problem is listed with its path.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed; the exception names it and no report is returned.</exception>
    public GovernanceReport Evaluate(ClusterSnapshot snapshot, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var problems = new List<ValidationProblem>(snapshot.Validate());
        var (framework, superseded, frameworkProblem) = SnapshotValidator.SelectFramework(snapshot.Frameworks, asOf);
        if (frameworkProblem is not null)
        {
            problems.Add(frameworkProblem);
        }
        else if (problems.Count == 0)
        {
            problems.AddRange(SnapshotValidator.ValidateInForce(snapshot, framework!));
        }

        if (problems.Count > 0)
        {
            throw new SnapshotValidationException(problems);
        }

        var context = new EvaluationContext(asOf, framework!, superseded);
        var decisions = Fire(FactProjection.Project(snapshot, context));
        return new GovernanceReport(asOf, framework!, decisions);
    }

    private System.Collections.Immutable.ImmutableArray<Decision> Fire(List<object> facts)
    {
        // A session is used once and dropped: after a failure NRules leaves it unusable, and no partial result escapes.
        var session = _sessionFactory.CreateSession();
        try
        {
            session.InsertAll(facts);
            session.Fire();
        }
        catch (RuleRhsExpressionEvaluationException e) when (e.InnerException is SnapshotValidationException invalid)
        {
            // An input problem found only while ranking (G12: amounts that must be compared without a declared rate).
            throw invalid;
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw new RuleEvaluationException(e.RuleName, e.InnerException ?? e);
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw new RuleEvaluationException(DescribeCondition(e), e.InnerException ?? e);
        }

        return [.. session.Query<Decision>()
            .OrderBy(d => d.Subject)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Outcome)];
    }

    private static string DescribeCondition(RuleLhsExpressionEvaluationException e) => e.Message;
}
