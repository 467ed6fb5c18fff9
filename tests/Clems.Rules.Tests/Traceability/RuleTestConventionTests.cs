using System.Linq;
using Clems.Rules.Cli.Commands;
using Clems.Rules.Engine;
using Xunit;

namespace Clems.Rules.Tests.Traceability;

/// The convention docs/governance-rules.md relies on: rule class XRule is unit-tested by the test class XRuleTests.
public sealed class RuleTestConventionTests
{
    [Fact]
    public void EveryCompiledRule_HasATestClassNamedAfterItsRuleClass()
    {
        // Arrange
        var testClasses = typeof(RuleTestConventionTests).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0))
            .Select(t => t.Name)
            .ToHashSet();

        // Act
        var untested = new GovernanceEngine().Rules
            .Select(RulesCommand.TestClassOf)
            .Where(name => !testClasses.Contains(name))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Empty(untested);
    }
}
