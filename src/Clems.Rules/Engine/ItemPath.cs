using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

/// The JSON path of a problem's place (<c>$.projects[3].competition.agreements[7].member</c>), kept in parts and made into
/// text only when a problem is reported: validating a million valid items then builds no path at all. Two array levels
/// are enough for every path the validator reports.
internal readonly struct ItemPath
{
    private readonly string _array;
    private readonly int _index;
    private readonly string _member;
    private readonly int _innerIndex;
    private readonly string _tail;

    /// The path of item <paramref name="index"/> of the array at <paramref name="array"/>.
    internal ItemPath(string array, int index)
        : this(array, index, string.Empty, -1, string.Empty)
    {
    }

    private ItemPath(string array, int index, string member, int innerIndex, string tail)
    {
        _array = array;
        _index = index;
        _member = member;
        _innerIndex = innerIndex;
        _tail = tail;
    }

    /// A path given as text (already built, or with no index).
    public static implicit operator ItemPath(string path) => new(path, -1, string.Empty, -1, string.Empty);

    /// The path of a member of this item (<paramref name="name"/> starts with a dot).
    internal ItemPath Then(string name)
        => _innerIndex < 0 ? new(_array, _index, _member + name, -1, string.Empty) : new(_array, _index, _member, _innerIndex, _tail + name);

    /// The path of item <paramref name="index"/> of this item's array member <paramref name="name"/>.
    internal ItemPath Then(string name, int index)
        => _innerIndex < 0 ? new(_array, _index, _member + name, index, string.Empty) : new(ToString() + name, index);

    public override string ToString()
    {
        var item = _index < 0 ? _array + _member : Text.Inv($"{_array}[{_index}]{_member}");
        return _innerIndex < 0 ? item : Text.Inv($"{item}[{_innerIndex}]{_tail}");
    }
}
