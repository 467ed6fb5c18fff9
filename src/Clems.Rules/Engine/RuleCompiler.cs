using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Clems.Rules.Decisions;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Clems.Rules.Engine;

/// Loads and compiles rule classes, refusing any rule without a stable id, a description or valid clause tags,
/// so that every decision can name its rule and clauses (the engine uses all rules; tests compile one).
internal static class RuleCompiler
{
    internal static (ISessionFactory Factory, ImmutableArray<RuleDescriptor> Rules) Compile(IEnumerable<Type> ruleTypes)
    {
        var types = ruleTypes.Distinct().ToList();
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type([.. types]).PrivateTypes()));
        var definitions = repository.GetRules().ToList();

        // NRules silently skips the classes it cannot load (nested classes among them); a skipped rule would never fire.
        if (definitions.Count != types.Count)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{types.Count} rule classes were given but {definitions.Count} loaded ({string.Join(", ", types.Select(t => t.FullName))}); make each rule a top-level, concrete class with a parameterless constructor."));
        }

        // Without [Name], NRules names a rule after its class; decisions would then cite a class name, not a stable id.
        var unnamed = definitions.FirstOrDefault(d => types.Any(t => string.Equals(t.FullName, d.Name, StringComparison.Ordinal)));
        if (unnamed is not null)
        {
            throw new InvalidOperationException($"Rule class {unnamed.Name} has no stable id; give it a [Name(\"Area.What\")] attribute.");
        }

        var classNames = types
            .Select(t => (Type: t, Name: t.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NRules.Fluent.Dsl.NameAttribute))?.ConstructorArguments[0].Value as string))
            .Where(t => t.Name is not null)
            .ToDictionary(t => t.Name!, t => t.Type.Name, StringComparer.Ordinal);
        var descriptors = definitions
            .Select(d => Describe(d, classNames.GetValueOrDefault(d.Name, d.Name)))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return (repository.Compile(), descriptors);
    }

    /// Every concrete rule class in the Clems.Rules assembly.
    internal static IEnumerable<Type> AllRuleTypes()
        => typeof(RuleCompiler).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static RuleDescriptor Describe(IRuleDefinition definition, string className)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Contains(' ', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Rule '{definition.Name}' has no stable id; give the class a [Name(\"Area.What\")] attribute.");
        }

        if (string.IsNullOrWhiteSpace(definition.Description))
        {
            throw new InvalidOperationException($"Rule {definition.Name} has no [Description]; say in one sentence what it enforces.");
        }

        var clauses = new List<ClauseId>();
        foreach (var tag in definition.Tags)
        {
            if (!ClauseId.TryParse(tag, out var clause))
            {
                throw new InvalidOperationException($"Rule {definition.Name} is tagged '{tag}', which is not a clause of the catalogue (G1–G16, S1–S15).");
            }

            clauses.Add(clause);
        }

        if (clauses.Count == 0)
        {
            throw new InvalidOperationException($"Rule {definition.Name} cites no clause; tag it with the clause id it enforces, e.g. [Tag(\"G10\")].");
        }

        var matches = new List<Type>();
        new PatternTypeCollector().Visit(matches, definition.LeftHandSide);
        var names = matches
            .Where(t => t.Namespace?.StartsWith("Clems.Rules", StringComparison.Ordinal) == true)
            .Select(t => t.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        return new RuleDescriptor(definition.Name, definition.Description, [.. clauses.Order()], definition.Priority, names, className);
    }

    private sealed class PatternTypeCollector : RuleElementVisitor<List<Type>>
    {
        protected override PatternElement VisitPattern(List<Type> context, PatternElement element)
        {
            context.Add(element.ValueType);
            return base.VisitPattern(context, element);
        }
    }
}
