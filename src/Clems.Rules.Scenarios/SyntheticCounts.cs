using System;

namespace Clems.Rules.Scenarios;

/// <summary>How large a synthetic cluster is: its organisations, projects, interests and tender notices.</summary>
/// <remarks>
/// <para><see cref="Members"/> counts every organisation of the cluster, members or not: about 85% are active members,
/// 8% lapsed (a term that ended or a suspended one) and 7% never were members, and all of them may show interest in
/// projects, as they do in a real cluster's pipeline.</para>
/// <para>Derived counts: <see cref="TenderProfiles"/> is a fifth of the organisations (at least one); working groups
/// are one per 50 organisations (none below 10 organisations); every project is an initiative.</para>
/// </remarks>
public sealed class SyntheticCounts
{
    /// <summary>Creates counts, checking that they describe a cluster that can exist.</summary>
    /// <param name="members">The organisations (members, lapsed members and non-members); at least 1.</param>
    /// <param name="projects">The projects with places; at least 1.</param>
    /// <param name="interests">The interests shown in projects; zero or more, at most one per organisation and project.</param>
    /// <param name="tenders">The public tender notices; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or there are more interests than
    /// organisation–project pairs.</exception>
    public SyntheticCounts(int members, int projects, int interests, int tenders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(interests);
        ArgumentOutOfRangeException.ThrowIfNegative(tenders);
        if ((long)members * projects < interests)
        {
            throw new ArgumentOutOfRangeException(
                nameof(interests),
                interests,
                $"{interests} interests do not fit {members} organisations and {projects} projects: an organisation shows interest in a project at most once, so at most {(long)members * projects} interests are possible. Lower the interests or raise the organisations or projects.");
        }

        Members = members;
        Projects = projects;
        Interests = interests;
        Tenders = tenders;
    }

    /// <summary>The organisations of the cluster: active members, lapsed members and non-members.</summary>
    public int Members { get; }

    /// <summary>The projects with places (each one initiative).</summary>
    public int Projects { get; }

    /// <summary>The interests organisations show in projects.</summary>
    public int Interests { get; }

    /// <summary>The public tender notices.</summary>
    public int Tenders { get; }

    /// <summary>The members' tender profiles: a fifth of the organisations, at least one.</summary>
    public int TenderProfiles => Math.Max(1, Members / 5);

    /// <summary>The counts of a named size.</summary>
    /// <param name="size">The size.</param>
    /// <returns>S: 200 / 40 / 1,000 / 40; M: 10,000 / 1,000 / 100,000 / 200; L: 100,000 / 10,000 / 1,000,000 / 1,000
    /// (organisations / projects / interests / tenders).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not a defined size.</exception>
    public static SyntheticCounts For(SyntheticSize size) => size switch
    {
        SyntheticSize.S => new(members: 200, projects: 40, interests: 1_000, tenders: 40),
        SyntheticSize.M => new(members: 10_000, projects: 1_000, interests: 100_000, tenders: 200),
        SyntheticSize.L => new(members: 100_000, projects: 10_000, interests: 1_000_000, tenders: 1_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Use S, M or L."),
    };
}
