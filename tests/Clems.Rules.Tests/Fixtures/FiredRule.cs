using System.Collections.Immutable;

namespace Clems.Rules.Tests.Fixtures;

/// One firing of a rule, as the session reported it: the rule's id and the values of the facts it matched.
/// A matched collection (a <c>GroupBy</c> group, a <c>Collect</c>) appears once, followed by its elements.
internal sealed record FiredRule(string RuleName, ImmutableArray<object> Facts);
