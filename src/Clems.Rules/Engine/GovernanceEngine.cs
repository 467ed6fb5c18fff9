using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NRules;

namespace Clems.Rules.Engine;

/// <summary>Decides what the CLEMS governance clauses allow for a cluster snapshot, as of a date, and explains why.</summary>
/// <remarks>
/// Creating an engine compiles every rule set once; keep one instance for the life of the process. Evaluation is
/// thread-safe: each call opens its own rules session, so one engine can evaluate different snapshots from many
/// threads at once. Evaluation is pure: it reads no clock, file or network, and the same snapshot and date always
/// give the same report.
/// </remarks>
public sealed partial class GovernanceEngine
{
    private readonly ISessionFactory _sessionFactory;

    /// <summary>Compiles every rule of the governance catalogue.</summary>
    public GovernanceEngine()
    {
        (_sessionFactory, Rules) = RuleCompiler.Compile(RuleCompiler.AllRuleTypes());
    }

    /// Test hook: compiles the catalogue's rules plus <paramref name="additionalRuleTypes"/> (rules that fail on purpose,
    /// to show how a failure inside a rule surfaces).
    internal GovernanceEngine(IEnumerable<Type> additionalRuleTypes)
    {
        ArgumentNullException.ThrowIfNull(additionalRuleTypes);
        (_sessionFactory, Rules) = RuleCompiler.Compile(RuleCompiler.AllRuleTypes().Concat(additionalRuleTypes));
    }

    /// <summary>The compiled rules, ordered by id: what each enforces and the clauses it cites.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }
}
