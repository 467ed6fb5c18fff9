using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NodaTime;
using NRules;
using NRules.Diagnostics;
using NRules.Fluent.Dsl;
using Xunit;

namespace Clems.Rules.Tests.Fixtures;

/// Compiles ONE rule class, opens a fresh session per fixture, inserts facts shaped by <see cref="FactProjection"/>,
/// fires, and records every firing with the facts it matched (NRules.Testing is not available).
internal sealed class RuleTestFixture<TRule>
    where TRule : Rule
{
    // Compiled once per rule class; sessions are cheap and one is opened per fixture.
    private static readonly Lazy<(ISessionFactory Factory, ImmutableArray<RuleDescriptor> Rules)> s_compiled =
        new(() => Clems.Rules.Engine.RuleCompiler.Compile([typeof(TRule)]));

    private readonly ISession _session;
    private readonly List<FiredRule> _fired = [];
    private readonly DecisionSink _sink = new();

    public RuleTestFixture()
    {
        _session = s_compiled.Value.Factory.CreateSession();
        _session.DependencyResolver = _sink;
        _session.Events.RuleFiredEvent += OnRuleFired;
    }

    /// The compiled rule's descriptor (its id, clauses and description).
    public static RuleDescriptor Rule => s_compiled.Value.Rules.Single();

    /// Every firing so far, in firing order.
    public IReadOnlyList<FiredRule> Fired => _fired;

    /// The decisions the rule inserted, in report order.
    public IReadOnlyList<Decision> Decisions =>
        [.. _sink.Decisions.OrderBy(d => d.Subject).ThenBy(d => d.RuleId, StringComparer.Ordinal)];

    /// Projects a valid snapshot as of <paramref name="asOf"/> exactly as the engine does, and inserts the facts.
    public RuleTestFixture<TRule> Given(ClusterSnapshot snapshot, LocalDate asOf)
    {
        var problems = snapshot.Validate();
        Assert.True(problems.Count == 0, "The test snapshot is invalid: " + string.Join("; ", problems));
        var (framework, superseded, problem) = Clems.Rules.Framework.FrameworkArea.InForceOn(snapshot.Frameworks, asOf);
        Assert.True(problem is null, "The test snapshot has no framework in force: " + problem);
        return Insert(FactProjection.Project(snapshot, new EvaluationContext(asOf, framework!, superseded)).Facts);
    }

    public RuleTestFixture<TRule> Given(SnapshotBuilder snapshot) => Given(snapshot.Build(), Dates.AsOf);

    public RuleTestFixture<TRule> Insert(IEnumerable<object> facts)
    {
        _session.InsertAll(facts);
        return this;
    }

    public RuleTestFixture<TRule> Insert(params object[] facts) => Insert(facts.AsEnumerable());

    /// Marks an initiative as stopped by a gap, as a gap-finding rule would (and tells the session).
    public RuleTestFixture<TRule> Stop(Clems.Rules.Initiatives.InitiativeFact initiative)
    {
        if (initiative.Finding.MarkStopped())
        {
            _session.Update(initiative.Finding);
        }

        return this;
    }

    /// The facts of one type in the session (e.g. the projected <c>InitiativeFact</c>s).
    public IEnumerable<T> Query<T>() => _session.Query<T>();

    public RuleTestFixture<TRule> Fire()
    {
        _session.Fire();
        return this;
    }

    public void AssertFired(int times) => Assert.Equal(times, _fired.Count);

    public void AssertDidNotFire() => Assert.Empty(_fired);

    /// Asserts that some firing matched a fact of type <typeparamref name="TFact"/> satisfying <paramref name="predicate"/>.
    public void AssertFiredWith<TFact>(Func<TFact, bool> predicate)
        => Assert.True(
            _fired.Any(f => f.Facts.OfType<TFact>().Any(predicate)),
            $"No firing of {Rule.Id} matched the expected {typeof(TFact).Name}; fired {_fired.Count} time(s).");

    /// The only decision the rule made.
    public Decision SingleDecision() => Assert.Single(Decisions);

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        var facts = ImmutableArray.CreateBuilder<object>();
        foreach (var match in e.Facts)
        {
            facts.Add(match.Value!);
            if (match.Value is IEnumerable items and not string)
            {
                facts.AddRange(items.Cast<object>());
            }
        }

        _fired.Add(new FiredRule(e.Rule.Name, facts.ToImmutable()));
    }
}
