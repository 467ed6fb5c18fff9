using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
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
    public GovernanceReport Evaluate(ClusterSnapshot snapshot, LocalDate asOf) => Evaluate(snapshot, asOf, null);

    /// <summary>Evaluates a snapshot as of a date, telling an observer when each stage starts.</summary>
    /// <param name="snapshot">The cluster's state.</param>
    /// <param name="asOf">The date the governance applies on: memberships, the framework version in force…</param>
    /// <param name="progress">Told the <see cref="EvaluationStage"/> as each stage starts, synchronously on the evaluating
    /// thread (an <see cref="IProgress{T}"/> that posts elsewhere, such as <see cref="Progress{T}"/>, sees the stages late);
    /// <see langword="null"/> for none. A stage ends when the next starts, the last when this method returns.</param>
    /// <returns>The report: the framework applied and every decision with its rule, clauses and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The snapshot is inconsistent, or no framework version is in force on
    /// <paramref name="asOf"/>; every problem is listed with its path.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed; the exception names it and no report is returned.</exception>
    /// <remarks>The report is the same with or without an observer. Timing the stages is what it is for (the CLI's
    /// <c>simulate</c> command does).</remarks>
    public GovernanceReport Evaluate(ClusterSnapshot snapshot, LocalDate asOf, IProgress<EvaluationStage>? progress)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        progress?.Report(EvaluationStage.Validation);
        var problems = new List<ValidationProblem>(snapshot.Validate());
        var (framework, superseded, frameworkProblem) = FrameworkArea.InForceOn(snapshot.Frameworks, asOf);
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
        progress?.Report(EvaluationStage.Rules);
        var (decisions, allocation) = Fire(FactProjection.Project(snapshot, context), progress);
        return new GovernanceReport(asOf, framework!, decisions, allocation);
    }

    /// Fires in three rounds on one session: the governance rules; then, knowing which initiatives are runnable, the
    /// allocation rules (eligibility, demand, legitimacy of the competition rules); then, after the allocator ran on
    /// what they decided, the rule that explains each project's outcome.
    private (ImmutableArray<Decision> Decisions, AllocationResult Allocation) Fire(ProjectionScope scope, IProgress<EvaluationStage>? progress)
    {
        // A session is used once and dropped: after a failure NRules leaves it unusable, and no partial result escapes.
        var session = _sessionFactory.CreateSession();
        var sink = new DecisionSink();
        session.DependencyResolver = sink;

        // NRules shares condition nodes between rules, so its LHS exception names no rule; the event names them.
        var failedConditionRules = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            if (failedConditionRules.Count == 0)
            {
                failedConditionRules.AddRange(e.Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
            }
        };
        var allocation = AllocationResult.Empty;
        try
        {
            session.InsertAll(scope.Facts);
            session.Fire();
            progress?.Report(EvaluationStage.Allocation);
            foreach (var area in AreaRegistry.Areas)
            {
                scope.Enter(area);
                area.FollowFirstFiring(scope, session);
                if (scope.Problems.Count > 0)
                {
                    // Nothing more is evaluated from an input found invalid.
                    throw new SnapshotValidationException(scope.Problems);
                }
            }

            allocation = scope.Result(AllocationArea.Result) ?? AllocationResult.Empty;
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw new RuleEvaluationException(e.RuleName, e.InnerException ?? e);
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw new RuleEvaluationException(DescribeCondition(failedConditionRules, e), e.InnerException ?? e);
        }

        progress?.Report(EvaluationStage.Report);
        var decisions = ReportOrder.Sort(sink.Decisions);
        return (decisions, allocation);
    }

    /// The rule (or rules, when several share the failing condition) whose condition failed; NRules' message if unknown.
    private static string DescribeCondition(List<string> rules, RuleLhsExpressionEvaluationException e)
        => rules.Count > 0 ? string.Join(", ", rules) : e.Message;
}
