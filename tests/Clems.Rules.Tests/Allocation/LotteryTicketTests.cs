using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Clems.Rules.Allocation;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The published definition of a ticket (docs/allocation.md), checked against values computed independently with
/// `printf 'clems-rules/lottery/v1\n%s\n%s\n%s' SEED SCOPE MEMBER | sha256sum | cut -c1-16`.
public sealed class LotteryTicketTests
{
    [Theory]
    [InlineData("seed-2026", "p1", "org-a", "228781e5d4742969")]
    [InlineData("clems-ga-2026-02-20-draw", "init-rooftop-solar", "org-reciclavest", "1487551b8fb942d2")]
    [InlineData("clems-ga-2026-02-20-draw", "init-rooftop-solar", "org-somesverde", "b2ac6b307efe0de6")]
    [InlineData("șeed-ăî", "", "org-ț", "167edf075de77b32")]
    public void Draw_PublishedInputs_GiveTheTicketSha256sumPrints(string seed, string scope, string member, string hex)
    {
        // Act
        var ticket = LotteryTicket.Draw(seed, scope, member);

        // Assert
        Assert.Equal(hex, LotteryTicket.ToHex(ticket));
    }

    [Fact]
    public void Draw_EmptyScope_IsTheClusterWideTicketAndDiffersFromAProjectScope()
    {
        // Act
        var cluster = LotteryTicket.Draw("seed-2026", string.Empty, "org-a");
        var project = LotteryTicket.Draw("seed-2026", "p1", "org-a");

        // Assert
        Assert.NotEqual(cluster, project);
    }

    [Fact]
    public void Draw_NullScope_IsRefused()
        => Assert.Throws<ArgumentNullException>(() => LotteryTicket.Draw("seed-2026", null!, "org-a"));

    [Fact]
    public void Draw_NullScope_NamesTheScope()
    {
        // Act
        var error = Assert.Throws<ArgumentNullException>(() => LotteryTicket.Draw("seed-2026", null!, "org-a"));

        // Assert
        Assert.Equal("scope", error.ParamName);
    }

    [Fact]
    public void Draw_ASeedOfSixteenMegabytes_GivesTheTicketOfItsHashedText()
    {
        // Arrange
        // Far more than any thread's stack: the hashed text must not be assembled on the stack.
        var seed = new string('s', 16 * 1024 * 1024);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(LotteryTicket.Prefix + seed + "\np1\norg-a"));

        // Act
        var ticket = LotteryTicket.Draw(seed, "p1", "org-a");

        // Assert
        Assert.Equal(BinaryPrimitives.ReadUInt64BigEndian(hash), ticket);
    }

    [Fact]
    public void Draw_EmptySeed_IsRefusedWithAMessageSayingToPublishOne()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => LotteryTicket.Draw(string.Empty, "p1", "org-a"));

        // Assert
        Assert.Equal("seed", error.ParamName);
        Assert.Contains("publish a seed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_EmptyMember_IsRefused()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => LotteryTicket.Draw("seed-2026", "p1", string.Empty));

        // Assert
        Assert.Equal("memberId", error.ParamName);
        Assert.Contains("member id is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHex_PadsToSixteenLowerCaseDigits()
        => Assert.Equal("00000000000000ff", LotteryTicket.ToHex(255UL));
}
