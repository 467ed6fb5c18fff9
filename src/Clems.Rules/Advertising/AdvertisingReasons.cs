using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Advertising;

/// The reason codes and sentences of the advertising channel (S14, G10); the rules choose which apply.
internal static class AdvertisingReasons
{
    /// Every reason code the advertising rules emit, besides the G10 standing codes of <see cref="MembershipReasons"/>.
    internal static class Codes
    {
        internal const string ActiveMember = "G10.active-member";
        internal const string Approved = "S14.approved";
        internal const string NoApproval = "S14.no-approval";
        internal const string ContentChanged = "S14.content-changed";
        internal const string WrongChannel = "S14.wrong-channel";
        internal const string OutsideValidity = "S14.outside-validity";
        internal const string ApprovedAfterPublication = "S14.approved-after-publication";
    }

    /// G10: the advertising member is active.
    internal static Reason ActiveMember(AdvertisingItemFact item)
    {
        var organization = item.Standing.Organization;
        return new(
            Codes.ActiveMember,
            $"{organization.Name} ({organization.Id}) {item.Standing.Describe()} (as of {Text.Date(item.Standing.AsOf)}); the advertising channel (S14) is for active members.");
    }

    /// G10: the advertising member is not active.
    internal static Reason NotActiveMember(AdvertisingItemFact item)
    {
        var organization = item.Standing.Organization;
        return new(
            MembershipReasons.NotActiveCode(item.Standing),
            $"{organization.Name} ({organization.Id}), which advertises {What(item)}, {item.Standing.Describe()} (as of {Text.Date(item.Standing.AsOf)}); "
            + "the advertising channel (S14) is for active members only.");
    }

    /// S14: the approval that covers the item as it is now.
    internal static Reason Approved(AdvertisingItemFact item, AdvertisingApproval approval)
        => new(
            Codes.Approved,
            $"Approval {approval.Id}, given on {Text.Date(approval.ApprovedOn)}, covers item {item.Item.Id} as it is now: content SHA-256 "
            + $"{ContentHash.Short(item.ContentSha256)}…, channel {item.Item.Channel}, valid from {Interval(approval)}, which includes the publication date "
            + $"{Text.Date(item.PublicationDate)}.");

    /// S14: no approval names the item.
    internal static Reason NoApproval(AdvertisingItemFact item)
        => new(
            Codes.NoApproval,
            $"No approval names {What(item)}; each item needs its own approval before publication, and an approval of another item never covers it.");

    /// S14: the item was edited after the approval.
    internal static Reason ContentChanged(AdvertisingItemFact item, AdvertisingApproval approval)
        => new(
            Codes.ContentChanged,
            $"Approval {approval.Id} was given for content with SHA-256 {ContentHash.Short(approval.ContentSha256)}…, but item {item.Item.Id} now has "
            + $"SHA-256 {ContentHash.Short(item.ContentSha256)}…: the item was edited after approval, which voids it.");

    /// S14: the approval is for another channel.
    internal static Reason WrongChannel(AdvertisingItemFact item, AdvertisingApproval approval)
        => new(Codes.WrongChannel, $"Approval {approval.Id} is for channel {approval.Channel}, but item {item.Item.Id} is to be published on {item.Item.Channel}.");

    /// S14: the publication date is outside the approval's validity.
    internal static Reason OutsideValidity(AdvertisingItemFact item, AdvertisingApproval approval)
        => new(
            Codes.OutsideValidity,
            $"Approval {approval.Id} is valid from {Interval(approval)}, but item {item.Item.Id} is to be published on {Text.Date(item.PublicationDate)} "
            + $"({Text.Instant(item.Item.PublishAt)}, Europe/Bucharest date).");

    /// S14: the approval was given after the publication date.
    internal static Reason ApprovedAfterPublication(AdvertisingItemFact item, AdvertisingApproval approval)
        => new(
            Codes.ApprovedAfterPublication,
            $"Approval {approval.Id} was given on {Text.Date(approval.ApprovedOn)}, after the publication date {Text.Date(item.PublicationDate)} of item {item.Item.Id}; "
            + "an item needs its approval before publication.");

    private static string What(AdvertisingItemFact item)
        => $"item {item.Item.Id} ({item.Item.Channel}, to publish on {Text.Date(item.PublicationDate)})";

    private static string Interval(AdvertisingApproval approval) => $"{Text.Date(approval.ValidFrom)} to {Text.Date(approval.ValidTo)}";
}
