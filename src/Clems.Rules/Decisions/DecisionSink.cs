using System;
using System.Collections.Generic;
using NRules.Extensibility;

namespace Clems.Rules.Decisions;

/// Collects the decisions of one session. Rules reach it through the session's dependency resolver, so decisions stay
/// out of the rules' working memory: no rule matches a decision, and inserting a million of them into the Rete network
/// would cost time and memory for nothing.
internal sealed class DecisionSink : IDependencyResolver
{
    private readonly List<Decision> _decisions = [];

    public IReadOnlyList<Decision> Decisions => _decisions;

    public void Add(Decision decision) => _decisions.Add(decision);

    public object Resolve(IResolutionContext context, Type serviceType)
        => serviceType == typeof(DecisionSink)
            ? this
            : throw new InvalidOperationException($"The rules session resolves only the decision sink, not {serviceType}.");
}
