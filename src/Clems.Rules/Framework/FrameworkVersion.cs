using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Framework;

/// <summary>A version of the governance framework adopted by the General Assembly (G1).</summary>
/// <remarks>The version in force on a date is the one with the latest <see cref="EffectiveFrom"/> on or before that date.</remarks>
public sealed class FrameworkVersion
{
    /// <summary>Creates a framework version.</summary>
    /// <param name="id">The identifier, unique across the snapshot (e.g. <c>2026.1</c>).</param>
    /// <param name="adoptedOn">The date the General Assembly adopted it.</param>
    /// <param name="effectiveFrom">The first date it applies; on or after <paramref name="adoptedOn"/>.</param>
    /// <param name="parameters">Its policy parameters; <see cref="FrameworkParameters.Defaults"/> when null.</param>
    /// <exception cref="System.ArgumentException">It would take effect before it was adopted.</exception>
    public FrameworkVersion(FrameworkVersionId id, LocalDate adoptedOn, LocalDate effectiveFrom, FrameworkParameters? parameters = null)
    {
        Preconditions.CheckArgument(
            effectiveFrom >= adoptedOn,
            nameof(effectiveFrom),
            $"Framework {id} cannot take effect on {effectiveFrom}, before the General Assembly adopted it on {adoptedOn}.");
        Id = id;
        AdoptedOn = adoptedOn;
        EffectiveFrom = effectiveFrom;
        Parameters = parameters ?? FrameworkParameters.Defaults;
    }

    /// <summary>The identifier.</summary>
    public FrameworkVersionId Id { get; }

    /// <summary>The date the General Assembly adopted it.</summary>
    public LocalDate AdoptedOn { get; }

    /// <summary>The first date it applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Its policy parameters.</summary>
    public FrameworkParameters Parameters { get; }
}
