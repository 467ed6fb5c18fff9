using System;
using System.Linq;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using Xunit;

using Clems.Rules.Tests.Engine.TestRules;

namespace Clems.Rules.Tests.Engine;

public sealed class RuleCompilerTests
{
    [Fact]
    public void Compile_RuleWithoutClauseTag_IsRefused()
    {
        // Arrange
        Type[] rules = [typeof(UntaggedRule)];

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile(rules));

        // Assert
        Assert.Contains("Test.Untagged cites no clause", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RuleTaggedWithUnknownClause_IsRefused()
    {
        // Arrange
        Type[] rules = [typeof(UnknownClauseRule)];

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile(rules));

        // Assert
        Assert.Contains("tagged 'X1'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RuleWithoutDescription_IsRefused()
    {
        // Arrange
        Type[] rules = [typeof(UndescribedRule)];

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile(rules));

        // Assert
        Assert.Contains("Test.Undescribed has no [Description]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NestedRuleClass_IsRefusedRatherThanSkipped()
    {
        // Arrange
        Type[] rules = [typeof(NestedRule)];

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile(rules));

        // Assert
        Assert.Contains($"{rules.Length} rule classes were given but 0 loaded", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_OneWellFormedRule_DescribesOnlyThatRule()
    {
        // Arrange
        Type[] rules = [typeof(WellFormedRule)];

        // Act
        var (_, descriptors) = RuleCompiler.Compile(rules);

        // Assert
        var rule = Assert.Single(descriptors);
        Assert.Equal("Test.WellFormed", rule.Id);
        Assert.Equal(["G4", "S1"], rule.Clauses.Select(c => c.ToString()));
        Assert.Equal(["EvaluationContext"], rule.Matches.ToArray());
        Assert.Equal(DeclaredPriority(typeof(WellFormedRule)), rule.Priority);
    }

    /// The value of the rule class's [Priority] (NRules keeps the attribute's value internal).
    private static int DeclaredPriority(Type rule)
        => (int)rule.GetCustomAttributesData().Single(a => a.AttributeType == typeof(PriorityAttribute)).ConstructorArguments[0].Value!;

    internal static void NoOp()
    {
    }

    [Name("Test.Nested")]
    [Description("A rule class nested in another class, which NRules does not load.")]
    [Tag("G1")]
    private sealed class NestedRule : Rule
    {
        public override void Define()
        {
            EvaluationContext context = null!;
            When().Match(() => context);
            Then().Do(_ => NoOp());
        }
    }
}
