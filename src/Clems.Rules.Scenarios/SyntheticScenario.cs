using System;
using Clems.Rules.Scenarios.Synthetic;
using NodaTime;

namespace Clems.Rules.Scenarios;

/// <summary>Generates synthetic cluster scenarios of any size from a seed, for simulations and measurements.</summary>
/// <remarks>
/// <para>The same counts and seed give the same document on every machine and runtime: the generator uses its own
/// SplitMix64 sequence and integer arithmetic only (no <c>System.Random</c>, no hashing, no floating point), and
/// writing the document with <see cref="ScenarioWriter"/> gives the same bytes.</para>
/// <para>The shape (docs/simulation.md): project popularity follows a power law; about 15% of the interested
/// organisations are not active members; working groups of three or more members initiate some projects, and a few
/// are below quorum; a tenth of the initiatives are confidential, with a few agreements unsigned or signed late; about
/// 87% of the initiatives are runnable, the rest lack funding, an action plan, active parties or a representative of
/// the initiator; most projects have competition rules, a few with an agreement after the freeze; commitments in the
/// preparation and implementation phases in round amounts and on shared dates, so that ties reach the lottery, whose
/// seed is published; a quarter of the members rank their interests under a cap of one or two places; and tender
/// profiles and notices with CPV codes. Every generated document is valid and evaluates without an input error.</para>
/// <para>Time and memory are linear in the counts: the large size (a million interests) takes a few seconds.</para>
/// </remarks>
public static class SyntheticScenario
{
    /// <summary>The as-of date of every synthetic scenario.</summary>
    /// <value>2026-03-01.</value>
    public static LocalDate AsOf { get; } = new(2026, 3, 1);

    /// <summary>Generates a scenario of a named size.</summary>
    /// <param name="size">The size (<see cref="SyntheticCounts.For"/>).</param>
    /// <param name="seed">The seed; any value, zero included.</param>
    /// <returns>The document, with its <see cref="ScenarioDocument.AsOf"/> set to <see cref="AsOf"/> and a published lottery seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not a defined size.</exception>
    public static ScenarioDocument Generate(SyntheticSize size, ulong seed) => Generate(SyntheticCounts.For(size), seed);

    /// <summary>Generates a scenario with explicit counts.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="seed">The seed; any value, zero included.</param>
    /// <returns>The document, with its <see cref="ScenarioDocument.AsOf"/> set to <see cref="AsOf"/> and a published lottery seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static ScenarioDocument Generate(SyntheticCounts counts, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new ScenarioDocument(new SyntheticGenerator(counts, seed, AsOf).Generate(), AsOf);
    }
}
