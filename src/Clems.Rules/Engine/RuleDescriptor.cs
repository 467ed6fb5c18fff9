using System.Collections.Immutable;
using Clems.Rules.Decisions;

namespace Clems.Rules.Engine;

/// <summary>Describes one compiled rule: its stable id, what it enforces and the clauses it cites.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string description, ImmutableArray<ClauseId> clauses, int priority, ImmutableArray<string> matches, string className)
    {
        ClassName = className;
        Id = id;
        Description = description;
        Clauses = clauses;
        Priority = priority;
        Matches = matches;
    }

    /// <summary>The stable rule id that decisions name (e.g. <c>Initiatives.MembersOnly</c>).</summary>
    public string Id { get; }

    /// <summary>What the rule enforces, in one sentence.</summary>
    public string Description { get; }

    /// <summary>The clauses the rule enforces, in catalogue order.</summary>
    public ImmutableArray<ClauseId> Clauses { get; }

    /// <summary>The rule's salience: higher fires first when several rules are ready.</summary>
    public int Priority { get; }

    /// <summary>The kinds of facts the rule matches, by name.</summary>
    public ImmutableArray<string> Matches { get; }

    /// <summary>The name of the rule's class, e.g. <c>MembersOnlyRule</c>.</summary>
    /// <remarks>By convention the rule's unit tests are the test class named after it with <c>Tests</c> appended
    /// (<c>MembersOnlyRuleTests</c>); the traceability tests enforce the convention.</remarks>
    public string ClassName { get; }
}
