using System.Collections.Immutable;
using Clems.Rules.Tenders;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<TenderNotice> _tenders = [];
    private readonly ImmutableArray<TenderProfile> _tenderProfiles = [];

    /// <summary>The public tender notices monitored for members (S11).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<TenderNotice> Tenders { get => _tenders; init => _tenders = Preconditions.CheckItems(value); }

    /// <summary>The members' declared interests in tenders (S11), at most one per organisation.</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<TenderProfile> TenderProfiles { get => _tenderProfiles; init => _tenderProfiles = Preconditions.CheckItems(value); }
}
