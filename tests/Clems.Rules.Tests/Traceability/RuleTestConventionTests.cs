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

    [Fact]
    public void EveryRuleTestClass_LivesInTheTestFolderOfItsRulesArea()
    {
        // Arrange: the rule's area is the prefix of its id (Tenders.Alert → Tenders), its test folder tests/<Area>/.
        var testClasses = typeof(RuleTestConventionTests).Assembly.GetTypes().ToLookup(t => t.Name);

        // Act
        var misplaced = new GovernanceEngine().Rules
            .SelectMany(r => testClasses[RulesCommand.TestClassOf(r)].Select(t => (Rule: r, Test: t)))
            .Where(x => x.Test.Namespace != "Clems.Rules.Tests." + x.Rule.Id.Split('.')[0])
            .Select(x => $"{x.Test.FullName} tests {x.Rule.Id}")
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Empty(misplaced);
    }
}
