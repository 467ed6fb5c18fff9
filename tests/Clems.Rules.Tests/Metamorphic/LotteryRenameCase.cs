namespace Clems.Rules.Tests.Metamorphic;

/// A <see cref="RenameCase"/> on a snapshot whose lottery may decide something.
public sealed record LotteryRenameCase(RenameCase Rename)
{
    public override string ToString() => Rename.ToString();
}
