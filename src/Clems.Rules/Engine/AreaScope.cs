using System;
using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// What the areas of one pass (validation or fact building) share: the snapshot and the products the areas hand on.
/// The pipeline enters each area in the registry's order; an area gets only the products it declared it consumes, and
/// may publish only those it declared it produces, each once.
internal abstract class AreaScope
{
    private readonly Dictionary<AreaProduct, object> _products = [];
    private GovernanceArea? _area;

    private protected AreaScope(ClusterSnapshot snapshot) => Snapshot = snapshot;

    internal ClusterSnapshot Snapshot { get; }

    /// Makes <paramref name="area"/> the area whose code runs next.
    internal void Enter(GovernanceArea area) => _area = area;

    /// Hands on a product of the current area.
    internal void Publish<T>(AreaProduct<T> product, T value)
        where T : class
    {
        if (_area is null || !_area.Produces.Contains(product))
        {
            throw new InvalidOperationException($"Area {_area} publishes {product} without declaring it in Produces.");
        }

        if (!_products.TryAdd(product, value))
        {
            throw new InvalidOperationException($"{product} is published twice.");
        }
    }

    /// A product of an earlier area that the current area declared it consumes (or one it produced itself).
    internal T Get<T>(AreaProduct<T> product)
        where T : class
    {
        if (_area is null || (!_area.Consumes.Contains(product) && !_area.Produces.Contains(product)))
        {
            throw new InvalidOperationException($"Area {_area} reads {product} without declaring it in Consumes.");
        }

        return _products.TryGetValue(product, out var value)
            ? (T)value
            : throw new InvalidOperationException($"{product} is read by {_area} before it is published.");
    }

    /// A product once every area has run (the pipeline reads what the areas produced for the report), or null.
    internal T? Result<T>(AreaProduct<T> product)
        where T : class
        => _products.TryGetValue(product, out var value) ? (T)value : null;
}
