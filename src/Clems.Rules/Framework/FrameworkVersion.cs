using Clems.Rules.Engine;
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
        Preconditions.CheckArgument(CheckDates(adoptedOn, effectiveFrom, nameof(effectiveFrom)));
        Id = id;
        AdoptedOn = adoptedOn;
        EffectiveFrom = effectiveFrom;
        Parameters = parameters ?? FrameworkParameters.Defaults;
    }

    /// <summary>Checks that a version does not take effect before it was adopted: the check the constructor makes, for a
    /// reader that reports the problem at its place instead of constructing the version.</summary>
    /// <param name="adoptedOn">The date the General Assembly adopted it.</param>
    /// <param name="effectiveFrom">The first date it applies.</param>
    /// <param name="path">Where the effective date is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Framework.effective-before-adoption</c>) at <paramref name="path"/>, or
    /// <see langword="null"/> when the dates are valid.</returns>
    public static ValidationProblem? CheckDates(LocalDate adoptedOn, LocalDate effectiveFrom, string path)
        => effectiveFrom < adoptedOn
            ? new(
                path,
                FrameworkProblems.EffectiveBeforeAdoption,
                $"The framework takes effect on {Text.Date(effectiveFrom)}, before the General Assembly adopted it on {Text.Date(adoptedOn)}; fix the dates.")
            : null;

    /// <summary>The identifier.</summary>
    public FrameworkVersionId Id { get; }

    /// <summary>The date the General Assembly adopted it.</summary>
    public LocalDate AdoptedOn { get; }

    /// <summary>The first date it applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Its policy parameters.</summary>
    public FrameworkParameters Parameters { get; }
}
