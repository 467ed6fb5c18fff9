namespace Clems.Rules.Tests.Metamorphic;

/// Identifiers renamed by one prefix (string.CompareOrdinal(p + a, p + b) has the sign of string.CompareOrdinal(a, b)) or
/// renumbered in ordinal order after a prefix: either bijection keeps every ordinal order the engine sorts by.
public sealed record RenameCase(SnapshotCase Source, string Prefix, bool Renumber)
{
    public override string ToString() => $"{Source} {(Renumber ? "renumbered" : "renamed")} with prefix \"{Prefix}\"";
}
