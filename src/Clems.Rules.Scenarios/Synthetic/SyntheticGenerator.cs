using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Scenarios.Synthetic;

/// Builds one synthetic snapshot (docs/simulation.md). Every draw comes from one SplitMix64 sequence in a fixed order,
/// so the counts and the seed fix the snapshot. Organisations, projects and interests are kept in plain arrays by
/// index while generating, so time and memory stay linear in the counts.
internal sealed partial class SyntheticGenerator
{
    private const string Currency = "RON";

    private static readonly string[] s_stems =
    [
        "EcoTech", "AquaPur", "TerraVerde", "SolarNord", "BioSomes", "CircularCarpați", "Hidroplan", "GreenForge",
        "Reciclatex", "Agromediu", "ClimaLab", "Silvanus", "Energon", "Ecoterra", "Vitalmed", "Metalrec",
    ];

    private static readonly string[] s_countries = ["HU", "BG", "AT", "DE", "IT", "PL"];

    private readonly SyntheticCounts _counts;
    private readonly SplitMix64 _random;
    private readonly LocalDate _asOf;
    private readonly Currency _ron = new(Currency);

    // Organisations by index.
    private readonly OrganizationId[] _orgIds;
    private readonly OrganizationKind[] _kinds;
    private readonly Standing[] _standing;
    private readonly LocalDate[] _start;
    private readonly LocalDate?[] _end;
    private readonly RepresentativeId[] _reps;
    private readonly List<int> _active = [];
    private readonly List<int> _lapsedEnded = [];
    private readonly List<int> _inactive = [];

    // Working groups by index: members, whether one of them lapsed after formation (below quorum at the as-of date).
    private readonly List<int[]> _groupMembers = [];
    private readonly List<WorkingGroupId> _groupIds = [];

    public SyntheticGenerator(SyntheticCounts counts, ulong seed, LocalDate asOf)
    {
        _counts = counts;
        _random = new SplitMix64(seed);
        _asOf = asOf;
        var n = counts.Members;
        _orgIds = new OrganizationId[n];
        _kinds = new OrganizationKind[n];
        _standing = new Standing[n];
        _start = new LocalDate[n];
        _end = new LocalDate?[n];
        _reps = new RepresentativeId[n];
        Seed = seed;
    }

    private enum Standing
    {
        Active,
        Ended,
        Suspended,
        NonMember,
    }

    private ulong Seed { get; }

    public ClusterSnapshot Generate()
    {
        var organizations = Organizations(out var memberships);
        var groups = WorkingGroups();
        var projects = GenerateProjects();
        var (profiles, tenders) = Tenders();
        return new ClusterSnapshot
        {
            Organizations = organizations,
            Memberships = memberships,
            WorkingGroups = groups,
            Initiatives = projects.Initiatives,
            Frameworks =
            [
                new FrameworkVersion(
                    new FrameworkVersionId("2026.1"),
                    new LocalDate(2025, 12, 15),
                    new LocalDate(2026, 1, 1),
                    new FrameworkParameters(executiveCapacity: Math.Max(FrameworkParameters.DefaultExecutiveCapacity, _counts.Projects / 4))),
            ],
            Projects = projects.Places,
            Interests = projects.Interests,
            Commitments = projects.Commitments,
            MemberPreferences = projects.Preferences,
            ConfidentialityAgreements = projects.Agreements,
            TenderProfiles = profiles,
            Tenders = tenders,
            LotterySeed = "clems-synthetic-" + Seed.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Id(string prefix, int index, int count)
        => prefix + (index + 1).ToString("D" + Math.Max(4, (count + 1).ToString(CultureInfo.InvariantCulture).Length), CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private Money Ron(decimal amount) => new(amount, _ron);

    private LocalDate RandomDate(LocalDate from, LocalDate to) => from.PlusDays(_random.Next(Period.Between(from, to, PeriodUnits.Days).Days + 1));

    private ImmutableArray<Organization> Organizations(out ImmutableArray<MembershipTerm> memberships)
    {
        var n = _counts.Members;
        var organizations = ImmutableArray.CreateBuilder<Organization>(n);
        var terms = ImmutableArray.CreateBuilder<MembershipTerm>(n);
        var founded = new LocalDate(2010, 1, 1);
        for (var o = 0; o < n; o++)
        {
            var id = new OrganizationId(Id("org-", o, n));
            _orgIds[o] = id;
            var kindDraw = _random.Next(100);
            var kind = kindDraw switch
            {
                < 60 => OrganizationKind.Company,
                < 72 => OrganizationKind.University,
                < 82 => OrganizationKind.ResearchInstitute,
                < 90 => OrganizationKind.PublicAuthority,
                _ => OrganizationKind.Ngo,
            };
            _kinds[o] = kind;
            var countryDraw = _random.Next(100);
            var country = countryDraw < 85 ? "RO" : s_countries[countryDraw % s_countries.Length];
            var stem = s_stems[_random.Next(s_stems.Length)];
            var name = kind switch
            {
                OrganizationKind.Company => Inv($"{stem} {o + 1} SRL"),
                OrganizationKind.University => Inv($"University of {stem} {o + 1}"),
                OrganizationKind.ResearchInstitute => Inv($"{stem} Research Institute {o + 1}"),
                OrganizationKind.PublicAuthority => Inv($"{stem} County Council {o + 1}"),
                _ => Inv($"{stem} Association {o + 1}"),
            };
            var rep = new RepresentativeId(Id("rep-", o, n));
            _reps[o] = rep;
            organizations.Add(new Organization(id, name, kind, new CountryCode(country), [new Representative(rep, Inv($"Representative {o + 1}"))]));

            var standingDraw = _random.Next(100);
            var standing = standingDraw switch
            {
                < 85 => Standing.Active,
                < 89 => Standing.Ended,
                < 93 => Standing.Suspended,
                _ => Standing.NonMember,
            };
            _standing[o] = standing;
            if (standing != Standing.Active)
            {
                _inactive.Add(o);
            }

            switch (standing)
            {
                case Standing.Active:
                    _start[o] = RandomDate(founded, new LocalDate(2026, 1, 31));
                    terms.Add(new MembershipTerm(id, _start[o]));
                    _active.Add(o);
                    break;
                case Standing.Ended:
                    // Long terms that ended recently: a lapsed member may still sit in a working group formed earlier.
                    _start[o] = RandomDate(founded, new LocalDate(2020, 12, 31));
                    _end[o] = RandomDate(new LocalDate(2024, 6, 1), new LocalDate(2026, 2, 27));
                    terms.Add(new MembershipTerm(id, _start[o], _end[o]));
                    _lapsedEnded.Add(o);
                    break;
                case Standing.Suspended:
                    _start[o] = RandomDate(founded, new LocalDate(2025, 12, 31));
                    terms.Add(new MembershipTerm(id, _start[o], status: MembershipStatus.Suspended));
                    break;
                default:
                    break;
            }
        }

        memberships = terms.DrainToImmutable();
        return organizations.MoveToImmutable();
    }

    /// One working group per 50 organisations, of 3 to 8 active members formed after they all joined; one in twenty
    /// has exactly three members, one of whom lapsed after the formation, so it is below quorum at the as-of date (G4).
    private ImmutableArray<WorkingGroup> WorkingGroups()
    {
        if (_counts.Members < 10 || _active.Count < 3)
        {
            return [];
        }

        var count = Math.Max(1, _counts.Members / 50);
        var groups = ImmutableArray.CreateBuilder<WorkingGroup>(count);
        var latest = new LocalDate(2026, 2, 15);
        for (var g = 0; g < count; g++)
        {
            var members = new List<int>();
            var belowQuorum = g % 20 == 19 && _lapsedEnded.Count > 0;
            if (belowQuorum)
            {
                var lapsed = _lapsedEnded[_random.Next(_lapsedEnded.Count)];
                members.Add(lapsed);
                for (var attempt = 0; attempt < 50 && members.Count < 3; attempt++)
                {
                    var candidate = _active[_random.Next(_active.Count)];
                    if (_start[candidate] <= _end[lapsed]!.Value && !members.Contains(candidate))
                    {
                        members.Add(candidate);
                    }
                }

                belowQuorum = members.Count == 3;
            }

            if (!belowQuorum)
            {
                members.Clear();
                var size = Math.Min(_active.Count, _random.Next(3, 9));
                while (members.Count < size)
                {
                    var candidate = _active[_random.Next(_active.Count)];
                    if (!members.Contains(candidate))
                    {
                        members.Add(candidate);
                    }
                }
            }

            var joined = _start[members[0]];
            foreach (var m in members)
            {
                joined = LocalDate.Max(joined, _start[m]);
            }

            var formedOn = joined.PlusDays(_random.Next(0, 200));
            var limit = belowQuorum ? LocalDate.Min(latest, _end[members[0]]!.Value) : latest;
            formedOn = LocalDate.Min(formedOn, limit);
            var area = (ThematicArea)_random.Next(1, 9);
            var id = new WorkingGroupId(Id("wg-", g, count));
            _groupIds.Add(id);
            _groupMembers.Add(belowQuorum ? [.. members.GetRange(1, 2)] : [.. members]);
            groups.Add(new WorkingGroup(
                id,
                Inv($"Working group {g + 1}"),
                Inv($"Joint eco-innovation projects in area {(int)area}"),
                area,
                [.. members.ConvertAll(m => _orgIds[m])],
                formedOn));
        }

        return groups.MoveToImmutable();
    }
}
