using System;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.WorkingGroups;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Engine;

public sealed class AreaRegistryTests
{
    private static readonly AreaProduct<object> s_product = new("Test.Product");

    [Fact]
    public void Areas_EachIsNamedAfterItsNamespace()
    {
        // Act
        var mismatched = AreaRegistry.Areas.Where(a => a.GetType().Namespace != "Clems.Rules." + a.Name).ToList();

        // Assert
        Assert.Empty(mismatched);
    }

    [Fact]
    public void Areas_EveryRuleIdStartsWithTheNameOfTheAreaThatHoldsIt()
    {
        // Arrange
        var names = AreaRegistry.Areas.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        // Act
        var outside = Clems.Rules.Tests.Fixtures.Engines.Shared.Rules
            .Where(r => !names.Contains(r.Id.Split('.')[0]))
            .Select(r => r.Id)
            .ToList();

        // Assert
        Assert.Empty(outside);
    }

    [Fact]
    public void Areas_EveryRuleClassLivesInItsAreasNamespace()
    {
        // Act
        var misplaced = RuleCompiler.AllRuleTypes()
            .Select(t => (Type: t, Id: RuleId(t)))
            .Where(r => r.Type.Namespace != "Clems.Rules." + r.Id.Split('.')[0])
            .Select(r => $"{r.Type.FullName} ({r.Id})")
            .ToList();

        // Assert
        Assert.Empty(misplaced);
    }

    [Fact]
    public void Ordered_AConsumerBeforeItsProducer_IsRefused()
    {
        // Arrange
        var producer = new TestArea("Producer", produces: [s_product]);
        var consumer = new TestArea("Consumer", consumes: [s_product]);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => AreaRegistry.Ordered(consumer, producer));

        // Assert
        Assert.Equal("Area Consumer consumes Test.Product, which no area before it produces.", exception.Message);
    }

    [Fact]
    public void Ordered_TwoProducersOfOneProduct_AreRefused()
    {
        // Arrange
        var first = new TestArea("First", produces: [s_product]);
        var second = new TestArea("Second", produces: [s_product]);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => AreaRegistry.Ordered(first, second));

        // Assert
        Assert.Equal("Test.Product is produced by both First and Second.", exception.Message);
    }

    [Fact]
    public void Ordered_TwoAreasWithOneName_AreRefused()
    {
        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => AreaRegistry.Ordered(new TestArea("Same"), new TestArea("Same")));

        // Assert
        Assert.Equal("Two areas are named Same.", exception.Message);
    }

    [Fact]
    public void Ordered_AProducerBeforeItsConsumer_KeepsTheOrderGiven()
    {
        // Arrange
        var producer = new TestArea("Producer", produces: [s_product]);
        var consumer = new TestArea("Consumer", consumes: [s_product]);

        // Act
        var areas = AreaRegistry.Ordered(producer, consumer);

        // Assert
        Assert.Equal([producer, consumer], areas.ToArray());
    }

    [Fact]
    public void Get_AProductTheAreaDidNotDeclare_IsRefused()
    {
        // Arrange
        var producer = new TestArea("Producer", produces: [s_product]);
        var stranger = new TestArea("Stranger");
        var scope = new ValidationScope(new ClusterSnapshot());
        scope.Enter(producer);
        scope.Publish(s_product, new object());
        scope.Enter(stranger);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => scope.Get(s_product));

        // Assert
        Assert.Equal("Area Stranger reads Test.Product without declaring it in Consumes.", exception.Message);
    }

    [Fact]
    public void Get_AProductDeclaredAndPublished_IsTheValuePublished()
    {
        // Arrange
        var value = new object();
        var scope = new ValidationScope(new ClusterSnapshot());
        scope.Enter(new TestArea("Producer", produces: [s_product]));
        scope.Publish(s_product, value);
        scope.Enter(new TestArea("Consumer", consumes: [s_product]));

        // Act
        var read = scope.Get(s_product);

        // Assert
        Assert.Same(value, read);
    }

    [Fact]
    public void Publish_AProductTheAreaDidNotDeclare_IsRefused()
    {
        // Arrange
        var scope = new ValidationScope(new ClusterSnapshot());
        scope.Enter(new TestArea("Stranger"));

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => scope.Publish(s_product, new object()));

        // Assert
        Assert.Equal("Area Stranger publishes Test.Product without declaring it in Produces.", exception.Message);
    }

    [Fact]
    public void Validate_AReferenceToAnAreaRegisteredLater_Resolves()
    {
        // Arrange: an initiative (Initiatives) initiated by a working group (WorkingGroups, registered after it).
        var snapshot = new ClusterSnapshot
        {
            WorkingGroups = [new WorkingGroup(new WorkingGroupId("wg-1"), "Water", "Shared treatment", ThematicArea.W1WaterAndWastewater, [], new LocalDate(2025, 1, 1))],
            Initiatives = [new Initiative { Id = new InitiativeId("i-1"), Title = "Pilot", Initiator = Initiator.ByWorkingGroup(new WorkingGroupId("wg-1")) }],
        };

        // Act
        var problems = snapshot.Validate();

        // Assert
        Assert.DoesNotContain(problems, p => p.Path.StartsWith("$.initiatives[0].initiator", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AReferenceToAMissingItemOfAnAreaRegisteredLater_IsReported()
    {
        // Arrange
        var snapshot = new ClusterSnapshot
        {
            Initiatives = [new Initiative { Id = new InitiativeId("i-1"), Title = "Pilot", Initiator = Initiator.ByWorkingGroup(new WorkingGroupId("wg-9")) }],
        };

        // Act
        var problems = snapshot.Validate();

        // Assert
        var problem = Assert.Single(problems, p => p.Path == "$.initiatives[0].initiator.workingGroup");
        Assert.Equal("No working group with id 'wg-9' exists in $.workingGroups; fix the id or add the working group.", problem.Message);
    }

    private static string RuleId(Type rule)
        => rule.GetCustomAttributesData().Single(a => a.AttributeType == typeof(NRules.Fluent.Dsl.NameAttribute)).ConstructorArguments[0].Value as string ?? "";

    private sealed class TestArea(string name, ImmutableArray<AreaProduct> produces = default, ImmutableArray<AreaProduct> consumes = default) : GovernanceArea
    {
        internal override string Name => name;

        internal override ImmutableArray<AreaProduct> Produces => produces.IsDefault ? [] : produces;

        internal override ImmutableArray<AreaProduct> Consumes => consumes.IsDefault ? [] : consumes;
    }
}
