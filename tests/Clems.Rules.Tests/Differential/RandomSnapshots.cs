using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Tests.Differential;

/// A random valid snapshot, the scenario document it was read from (to replay a failure), and an as-of date among its
/// interesting dates.
public sealed record RandomSnapshot(ClusterSnapshot Snapshot, LocalDate AsOf, string Json, int Seed)
{
    public override string ToString() => $"seed {Seed}, as of {AsOf:yyyy-MM-dd}:\n{Json}";
}

/// Random valid snapshots covering every fact kind, with small value ranges (a handful of ids, dates within a few
/// days of <see cref="Pivot"/>, amounts from a few values) so that edge cases happen often: a membership ending on
/// the as-of date or starting the day after, a suspended term, a signature at exactly the involvement instant or one
/// tick after, budgets covered exactly or short by one cent, several currencies, a framework taking effect on the
/// as-of date, ties at every allocation criterion. A candidate is built as a scenario document from a seed and read
/// with <see cref="ScenarioReader"/>; candidates the reader refuses, or whose <c>Validate()</c> is not empty, are
/// discarded (the next seed is tried) and counted in <see cref="Discarded"/>.
public static class RandomSnapshots
{
    /// The date everything clusters around.
    public static readonly LocalDate Pivot = new(2026, 3, 1);

    private static long s_generated;
    private static long s_discarded;

    public static long Generated => Interlocked.Read(ref s_generated);

    public static long Discarded => Interlocked.Read(ref s_discarded);

    /// The first valid candidate from <paramref name="seed"/> on, at one of its interesting dates.
    public static RandomSnapshot Valid(int seed, int pick)
    {
        for (var s = seed; ; s = unchecked(s + 1) & int.MaxValue)
        {
            var json = Document(s);
            ClusterSnapshot snapshot;
            try
            {
                snapshot = ScenarioReader.Parse(json).Snapshot;
            }
            catch (SnapshotValidationException)
            {
                Interlocked.Increment(ref s_discarded);
                continue;
            }

            if (snapshot.Validate().Count != 0)
            {
                Interlocked.Increment(ref s_discarded);
                continue;
            }

            Interlocked.Increment(ref s_generated);
            var dates = InterestingDates(snapshot);
            return new RandomSnapshot(snapshot, dates[pick % dates.Length], json, s);
        }
    }

    /// The pivot and its neighbours, and the days on and around which a membership or a framework changes.
    public static ImmutableArray<LocalDate> InterestingDates(ClusterSnapshot snapshot)
    {
        var dates = new SortedSet<LocalDate> { Pivot.PlusDays(-1), Pivot, Pivot.PlusDays(1) };
        foreach (var term in snapshot.Memberships)
        {
            dates.Add(term.Start.PlusDays(-1));
            dates.Add(term.Start);
            if (term.End is { } end)
            {
                dates.Add(end);
                dates.Add(end.PlusDays(1));
            }
        }

        foreach (var framework in snapshot.Frameworks)
        {
            dates.Add(framework.EffectiveFrom.PlusDays(-1));
            dates.Add(framework.EffectiveFrom);
        }

        // Only dates near the pivot: the long-standing terms and the 2020 framework would add dates where little happens.
        return [.. dates.Where(d => Period.Between(Pivot, d, PeriodUnits.Days).Days is >= -5 and <= 5)];
    }

    private static readonly string[] s_currencies = ["RON", "EUR", "HUF"];
    private static readonly decimal[] s_amounts = [0m, 0.01m, 100m, 100.01m, 250m];
    private static readonly string[] s_tags = ["sludge", "soil", "water"];
    private static readonly string[] s_areas = ["W1", "W2", "W9"];
    private static readonly string[] s_criteria = ["committedAmount", "earlierCommitment", "involvement", "membershipSeniority"];
    private static readonly string[] s_contents = ["Filters, 10% off.", "Compost from sludge."];

    /// A scenario document built deterministically from <paramref name="seed"/>.
    public static string Document(int seed)
    {
        var r = new Random(seed);
        var g = new Builder(r);
        return g.Build().ToJsonString();
    }

    private sealed class Builder(Random r)
    {
        private readonly List<string> _orgs = [];
        private readonly List<string> _reps = [];
        private readonly List<(string Org, string Rep)> _repsOf = [];
        private readonly Dictionary<string, List<string>> _groupMembers = [];
        private readonly List<string> _groups = [];
        private readonly List<string> _initiatives = [];
        private readonly List<string> _opportunities = [];
        private readonly Dictionary<string, List<(string Org, Instant? From)>> _participants = [];
        private readonly HashSet<string> _confidential = [];

        private bool Chance(int percent) => r.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];

        private List<T> Subset<T>(IReadOnlyList<T> items, int percent = 50)
            => [.. items.Where(_ => Chance(percent)).OrderBy(_ => r.Next())];

        private List<T> NonEmptySubset<T>(IReadOnlyList<T> items)
        {
            var subset = Subset(items);
            return subset.Count > 0 ? subset : [Pick(items)];
        }

        private LocalDate Day(int from = -3, int to = 3) => Pivot.PlusDays(r.Next(from, to + 1));

        private static string Date(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Time(Instant i) => InstantPattern.ExtendedIso.Format(i);

        /// Midnight or 09:00 UTC of a day near the pivot, sometimes one tick later.
        private Instant Moment()
        {
            var i = Day().AtMidnight().InUtc().ToInstant() + Duration.FromHours(Pick(new[] { 0, 9 }));
            return Chance(20) ? i + Duration.Epsilon : i;
        }

        private JsonObject Money(string? currency = null, decimal[]? amounts = null)
            => new() { ["amount"] = Pick(amounts ?? s_amounts).ToString(CultureInfo.InvariantCulture), ["currency"] = currency ?? Pick(s_currencies) };

        private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

        private static JsonArray Strings(IEnumerable<string> items) => Array(items.Select(s => (JsonNode?)JsonValue.Create(s)));

        public JsonObject Build()
        {
            var doc = new JsonObject { ["schemaVersion"] = 1 };
            if (Chance(90))
            {
                doc["lotterySeed"] = Pick(new[] { "seed-a", "seed-b" });
            }

            doc["organizations"] = Organizations();
            doc["memberships"] = Memberships();
            doc["frameworks"] = Frameworks();
            doc["workingGroups"] = WorkingGroups();
            doc["workingGroupProposals"] = Proposals();
            doc["initiatives"] = Initiatives();
            doc["confidentialityAgreements"] = Agreements();
            doc["opportunities"] = Opportunities();
            doc["salesAgencyRequests"] = SalesAgencyRequests();
            doc["internalBids"] = InternalBids();
            doc["clusterRouteRequests"] = ClusterRouteRequests();
            doc["serviceRequests"] = ServiceRequests();
            var (items, approvals) = Advertising();
            doc["advertisingItems"] = items;
            doc["advertisingApprovals"] = approvals;
            doc["tenderProfiles"] = TenderProfiles();
            doc["tenders"] = Tenders();
            AllocationFacts(doc);
            return doc;
        }

        private JsonArray Organizations()
        {
            var result = new JsonArray();
            var count = r.Next(1, 6);
            for (var o = 0; o < count; o++)
            {
                var id = "org-" + o;
                _orgs.Add(id);
                var reps = new JsonArray();
                for (var p = Chance(85) ? r.Next(1, 3) : 0; p > 0; p--)
                {
                    var rep = $"rep-{o}-{p}";
                    _reps.Add(rep);
                    _repsOf.Add((id, rep));
                    reps.Add(new JsonObject { ["id"] = rep, ["name"] = "Rep " + rep });
                }

                var org = new JsonObject
                {
                    ["id"] = id,
                    ["name"] = "Org " + o,
                    ["kind"] = Pick(new[] { "company", "university", "researchInstitute", "publicAuthority", "ngo" }),
                    ["country"] = Pick(new[] { "RO", "HU" }),
                    ["representatives"] = reps,
                    ["expertise"] = Strings(Subset(s_tags)),
                    ["thematicAreas"] = Strings(Subset(s_areas)),
                };
                if (Chance(50))
                {
                    org["resources"] = Money();
                }

                result.Add(org);
            }

            return result;
        }

        /// Per organisation: none, or a first term (long-standing or starting the day after the pivot) ending before,
        /// on or after the pivot, possibly followed by a second one starting the day after it ends; either may be suspended.
        private JsonArray Memberships()
        {
            var result = new JsonArray();
            foreach (var org in _orgs)
            {
                if (Chance(10))
                {
                    continue;
                }

                var start = Chance(80) ? new LocalDate(2020, 1, 1) : Day(-1, 2);
                LocalDate? end = Chance(65) ? null : Day(-2, 2);
                if (end < start)
                {
                    end = start;
                }

                result.Add(Term(org, start, end));
                if (end is { } e && Chance(50))
                {
                    result.Add(Term(org, e.PlusDays(Pick(new[] { 1, 2 })), Chance(50) ? null : e.PlusDays(3)));
                }
            }

            return result;
        }

        private JsonObject Term(string org, LocalDate start, LocalDate? end)
        {
            var term = new JsonObject { ["organization"] = org, ["start"] = Date(start) };
            if (end is { } e)
            {
                term["end"] = Date(e);
            }

            if (Chance(10))
            {
                term["status"] = "suspended";
            }
            else if (Chance(20))
            {
                term["status"] = "active";
            }

            return term;
        }

        private JsonArray Frameworks()
        {
            var result = new JsonArray();
            if (Chance(95))
            {
                result.Add(Framework("2020.1", new LocalDate(2019, 12, 1), new LocalDate(2020, 1, 1)));
            }

            if (Chance(60) || result.Count == 0)
            {
                var effective = Day(-1, 1);
                result.Add(Framework("2026.1", effective.PlusDays(-r.Next(0, 3)), effective));
            }

            return result;
        }

        private JsonObject Framework(string id, LocalDate adopted, LocalDate effective)
        {
            var framework = new JsonObject { ["id"] = id, ["adoptedOn"] = Date(adopted), ["effectiveFrom"] = Date(effective) };
            if (Chance(80))
            {
                var parameters = new JsonObject();
                if (Chance(60))
                {
                    parameters["minimumWorkingGroupSize"] = r.Next(1, 4);
                }

                if (Chance(85))
                {
                    // 0 is valid (every runnable initiative queues); its cases are the fixed RandomSnapshotFindings.ExecutiveCapacityZero_*
                    // tests, so that the random sequence, and the coverage it was tuned for, stays as it is.
                    parameters["executiveCapacity"] = Chance(75) ? 1 : 2;
                }

                if (Chance(50))
                {
                    parameters["defaultCompetitionCriteria"] = Strings(Subset(s_criteria));
                }

                if (Chance(60))
                {
                    var rates = new JsonArray { new JsonObject { ["from"] = "EUR", ["to"] = "RON", ["rate"] = Pick(new[] { "5", "4.97" }) } };
                    if (Chance(50))
                    {
                        rates.Add(new JsonObject { ["from"] = "HUF", ["to"] = "RON", ["rate"] = "0.0125" });
                    }

                    parameters["exchangeRates"] = rates;
                }

                if (Chance(60))
                {
                    parameters["comparisonCurrency"] = Pick(new[] { "RON", "EUR" });
                }

                framework["parameters"] = parameters;
            }

            return framework;
        }

        private readonly Dictionary<string, LocalDate> _formedOn = [];

        private JsonArray WorkingGroups()
        {
            var result = new JsonArray();
            for (var w = r.Next(0, 3); w > 0; w--)
            {
                var id = "wg-" + w;
                _groups.Add(id);
                var area = Pick(s_areas);
                var formed = Chance(50) ? new LocalDate(2020, 6, 1) : Day(-3, 0);
                _formedOn[id] = formed;
                var group = new JsonObject
                {
                    ["id"] = id,
                    ["name"] = "Group " + w,
                    ["objective"] = "Recover sludge",
                    ["area"] = area,
                    ["members"] = Strings(_groupMembers[id] = Subset(_orgs, 60)),
                    ["formedOn"] = Date(formed),
                };
                if (area == "W9")
                {
                    group["areaLabel"] = "Noise";
                }

                result.Add(group);
            }

            return result;
        }

        private JsonArray Proposals()
        {
            var result = new JsonArray();
            if (_groups.Count == 0)
            {
                return result;
            }

            for (var p = r.Next(0, 3); p > 0; p--)
            {
                var group = Pick(_groups);
                var on = _formedOn[group] > Pivot.PlusDays(-2) ? _formedOn[group].PlusDays(r.Next(0, 2)) : Day(-2, 1);
                var transform = Chance(50);
                var proposal = new JsonObject
                {
                    ["id"] = "wgp-" + p,
                    ["group"] = group,
                    ["kind"] = transform ? "transform" : "dissolve",
                    ["proposedBy"] = Strings(NonEmptySubset(_orgs)),
                    ["proposedOn"] = Date(on),
                    ["effectiveFrom"] = Date(on.PlusDays(r.Next(0, 3))),
                };
                if (transform)
                {
                    proposal["newObjective"] = "Reuse water";
                }

                result.Add(proposal);
            }

            return result;
        }

        private JsonArray Initiatives()
        {
            var result = new JsonArray();
            for (var i = r.Next(1, 6); i > 0; i--)
            {
                var id = "i-" + i;
                _initiatives.Add(id);
                var initiative = new JsonObject { ["id"] = id, ["title"] = "Initiative " + i };
                // Mostly a representative of the initiator (or of a member of the initiating group), so that many
                // initiatives are runnable; sometimes anyone's, or none.
                var who = r.Next(10);
                var initiators = new List<string>();
                if (who < 6)
                {
                    initiators.Add(Pick(_orgs));
                    initiative["initiator"] = new JsonObject { ["member"] = initiators[0] };
                }
                else if (who < 9 && _groups.Count > 0)
                {
                    var group = Pick(_groups);
                    initiators.AddRange(_groupMembers[group]);
                    initiative["initiator"] = new JsonObject { ["workingGroup"] = group };
                }

                var own = _repsOf.Where(x => initiators.Contains(x.Org)).Select(x => x.Rep).ToList();
                if (own.Count > 0 && Chance(75))
                {
                    initiative["proposedBy"] = Pick(own);
                }
                else if (_reps.Count > 0 && Chance(70))
                {
                    initiative["proposedBy"] = Pick(_reps);
                }

                initiative["beneficiaries"] = Strings(Subset(_orgs, 20));
                var confidential = Chance(40);
                if (confidential)
                {
                    initiative["confidential"] = true;
                    _confidential.Add(id);
                }

                var participants = Subset(_orgs, 25).Select(o => (Org: o, From: Chance(80) ? Moment() : (Instant?)null)).ToList();
                _participants[id] = participants;
                initiative["participants"] = Array(participants.Select(p =>
                {
                    var node = new JsonObject { ["organization"] = p.Org };
                    if (p.From is { } from)
                    {
                        node["involvedFrom"] = Time(from);
                    }

                    return (JsonNode?)node;
                }));
                initiative["activities"] = Array(Enumerable.Range(0, Chance(85) ? r.Next(1, 3) : 0).Select(a =>
                {
                    var start = Day();
                    return (JsonNode?)new JsonObject { ["name"] = "Step " + a, ["start"] = Date(start), ["end"] = Date(start.PlusDays(r.Next(0, 3))) };
                }));
                Money(initiative);
                if (Chance(40))
                {
                    initiative["kind"] = Pick(new[] { "other", "integratedProject", "internalBid" });
                }

                if (Chance(50))
                {
                    initiative["readyAt"] = Time(Moment());
                }

                result.Add(initiative);
            }

            return result;
        }

        /// Budget lines in one currency; funding covering it exactly, short by one cent, over it, or in other currencies.
        private void Money(JsonObject initiative)
        {
            var currency = Pick(s_currencies);
            var lines = Enumerable.Range(0, Chance(85) ? r.Next(1, 3) : 0).Select(_ => Pick(new[] { 100m, 250m, 0.5m })).ToList();
            initiative["budget"] = Array(lines.Select((amount, n) => (JsonNode?)new JsonObject
            {
                ["item"] = "Line " + n,
                ["amount"] = new JsonObject { ["amount"] = amount.ToString(CultureInfo.InvariantCulture), ["currency"] = currency },
            }));
            var total = lines.Sum();
            var target = r.Next(8) switch
            {
                < 4 => total,
                4 or 5 => total - 0.01m,
                6 => total + 100m,
                _ => 0m,
            };
            var funding = new JsonArray();
            if (target > 0m)
            {
                var first = Chance(50) ? Math.Round(target / 2m, 2) : target;
                foreach (var part in first == target ? new[] { target } : new[] { first, target - first })
                {
                    funding.Add(Source(part, currency));
                }
            }

            if (Chance(15))
            {
                funding.Add(Source(100m, Pick(s_currencies)));
            }

            initiative["funding"] = funding;
        }

        private JsonObject Source(decimal amount, string currency)
        {
            var kind = Pick(new[] { "memberContribution", "publicFunds", "other" });
            var source = new JsonObject
            {
                ["kind"] = kind,
                ["amount"] = new JsonObject { ["amount"] = amount.ToString(CultureInfo.InvariantCulture), ["currency"] = currency },
            };
            if (kind == "memberContribution" || Chance(20))
            {
                source["contributor"] = Pick(_orgs);
            }

            return source;
        }

        /// Signatures of participants (of confidential initiatives mostly): at, before, or one tick after the involvement.
        private JsonArray Agreements()
        {
            var result = new JsonArray();
            foreach (var (initiative, participants) in _participants)
            {
                foreach (var (org, from) in participants)
                {
                    if (!_confidential.Contains(initiative) && !Chance(20) || Chance(20))
                    {
                        continue;
                    }

                    var at = from ?? Moment();
                    var signed = r.Next(4) switch
                    {
                        0 => at,
                        1 => at + Duration.Epsilon,
                        2 => at - Duration.FromHours(1),
                        _ => at + Duration.FromDays(1),
                    };
                    result.Add(new JsonObject { ["initiative"] = initiative, ["organization"] = org, ["signedAt"] = Time(signed) });
                }
            }

            return result;
        }

        private JsonArray Opportunities()
        {
            var result = new JsonArray();
            for (var o = r.Next(0, 3); o > 0; o--)
            {
                var id = "opp-" + o;
                _opportunities.Add(id);
                var opportunity = new JsonObject { ["id"] = id, ["title"] = "Call " + o, ["thematicAreas"] = Strings(NonEmptySubset(s_areas)) };
                if (Chance(50))
                {
                    opportunity["requiresConsortium"] = Chance(70);
                }

                if (Chance(40))
                {
                    opportunity["minimumPartners"] = r.Next(1, 4);
                }

                if (Chance(50))
                {
                    opportunity["resourcesNeeded"] = Money(amounts: [100m, 250m]);
                }

                result.Add(opportunity);
            }

            return result;
        }

        private JsonArray SalesAgencyRequests()
        {
            var result = new JsonArray();
            for (var s = r.Next(0, 3); s > 0; s--)
            {
                var item = _initiatives.Count > 0 && Chance(50)
                    ? new JsonObject { ["initiative"] = Pick(_initiatives) }
                    : new JsonObject { ["name"] = "Product", ["initiators"] = Strings(NonEmptySubset(_orgs)), ["funders"] = Strings(Subset(_orgs)) };
                result.Add(new JsonObject { ["id"] = "sa-" + s, ["requestedBy"] = Pick(_orgs), ["item"] = item });
            }

            return result;
        }

        private JsonArray InternalBids()
        {
            var result = new JsonArray();
            for (var b = r.Next(0, 3); b > 0; b--)
            {
                result.Add(new JsonObject
                {
                    ["id"] = "bid-" + b,
                    ["title"] = "Bid " + b,
                    ["requiredExpertise"] = Strings(NonEmptySubset(s_tags)),
                    ["interestedMembers"] = Strings(Subset(_orgs)),
                });
            }

            return result;
        }

        private JsonArray ClusterRouteRequests()
        {
            var pairs = _orgs.SelectMany(o => _opportunities.Select(p => (o, p))).ToList();
            return Array(Subset(pairs, 40).Select(x => (JsonNode?)new JsonObject { ["organization"] = x.o, ["opportunity"] = x.p }));
        }

        private JsonArray ServiceRequests()
        {
            var result = new JsonArray();
            for (var s = r.Next(0, 4); s > 0; s--)
            {
                var service = Chance(30) ? 1 : Chance(30) && _opportunities.Count > 0 ? 4 : r.Next(1, ClauseId.ServiceClauseCount + 1);
                if (service == 4 && _opportunities.Count == 0)
                {
                    service = 5;
                }

                var request = new JsonObject
                {
                    ["id"] = "sr-" + s,
                    ["service"] = "S" + service,
                    ["requestedBy"] = Pick(_orgs),
                    ["requestedOn"] = Date(Day(-3, 1)),
                };
                if (service == 1 && Chance(70))
                {
                    request["participants"] = Strings(Subset(_orgs));
                }

                if (service == 4)
                {
                    request["opportunity"] = Pick(_opportunities);
                }

                result.Add(request);
            }

            return result;
        }

        private (JsonArray Items, JsonArray Approvals) Advertising()
        {
            var items = new JsonArray();
            var approvals = new JsonArray();
            for (var a = r.Next(0, 3); a > 0; a--)
            {
                var id = "ad-" + a;
                var content = Pick(s_contents);
                var channel = Pick(new[] { "newsletter", "website" });
                var publishAt = Moment();
                items.Add(new JsonObject { ["id"] = id, ["member"] = Pick(_orgs), ["content"] = content, ["channel"] = channel, ["publishAt"] = Time(publishAt) });
                for (var p = r.Next(0, 3); p > 0; p--)
                {
                    var from = Day(-2, 2);
                    approvals.Add(new JsonObject
                    {
                        ["id"] = $"ap-{a}-{p}",
                        ["item"] = id,
                        ["contentSha256"] = Sha256(Chance(75) ? content : Pick(s_contents)),
                        ["channel"] = Chance(80) ? channel : Pick(new[] { "newsletter", "website" }),
                        ["validFrom"] = Date(from),
                        ["validTo"] = Date(from.PlusDays(r.Next(0, 3))),
                        ["approvedOn"] = Date(Day(-3, 2)),
                    });
                }
            }

            return (items, approvals);
        }

        private static string Sha256(string content)
            => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

        private JsonArray TenderProfiles()
        {
            var result = new JsonArray();
            foreach (var org in Subset(_orgs, 40))
            {
                var currency = Pick(new[] { "RON", "EUR" });
                var min = Pick(new[] { 100m, 250m });
                result.Add(new JsonObject
                {
                    ["organization"] = org,
                    ["cpvPrefixes"] = Strings(NonEmptySubset(new[] { "45", "4525", "9040" })),
                    ["countries"] = Strings(NonEmptySubset(new[] { "RO", "HU" })),
                    ["minValue"] = new JsonObject { ["amount"] = min.ToString(CultureInfo.InvariantCulture), ["currency"] = currency },
                    ["maxValue"] = new JsonObject { ["amount"] = (min + Pick(new[] { 0m, 150m })).ToString(CultureInfo.InvariantCulture), ["currency"] = currency },
                });
            }

            return result;
        }

        private JsonArray Tenders()
        {
            var result = new JsonArray();
            for (var t = r.Next(0, 3); t > 0; t--)
            {
                var published = Moment();
                var deadline = published.InUtc().LocalDateTime.PlusDays(r.Next(0, 4)).PlusHours(Pick(new[] { 3, 12 }));
                result.Add(new JsonObject
                {
                    ["id"] = "t-" + t,
                    ["title"] = "Tender " + t,
                    ["cpvCodes"] = Strings(NonEmptySubset(new[] { "45252100-9", "90400000", "38000000" })),
                    ["country"] = Pick(new[] { "RO", "HU" }),
                    ["estimatedValue"] = Money(Pick(new[] { "RON", "EUR" }), [100m, 250m, 400m]),
                    ["publishedAt"] = Time(published),
                    ["deadline"] = new JsonObject
                    {
                        ["local"] = deadline.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                        ["zone"] = Pick(new[] { "Europe/Bucharest", "Europe/Budapest" }),
                    },
                });
            }

            return result;
        }

        /// Projects with competitions, interests, commitments and preferences from a few values each, so that
        /// members tie at every criterion (same amount, same instant, same involvement, same seniority).
        private void AllocationFacts(JsonObject doc)
        {
            // A well-formed rules hash that binds to no particular rules (the generator does not yet vary what the
            // members agreed to).
            const string UnboundRulesSha256 = "0000000000000000000000000000000000000000000000000000000000000000";
            var projects = new JsonArray();
            var interests = new JsonArray();
            var commitments = new JsonArray();
            var interested = _orgs.ToDictionary(o => o, _ => new List<string>());
            foreach (var initiative in Subset(_initiatives, 70))
            {
                var project = new JsonObject { ["initiative"] = initiative, ["places"] = r.Next(0, 3) };
                if (Chance(30))
                {
                    project["requiresPreparationCommitment"] = Chance(70);
                }

                if (Chance(70))
                {
                    var freeze = Moment();
                    var competition = new JsonObject
                    {
                        ["criteria"] = Strings(Subset(s_criteria)),
                        ["freezeAt"] = Time(freeze),
                        ["agreements"] = Array(Subset(_orgs, 70).Select(o => (JsonNode?)new JsonObject
                        {
                            ["member"] = o,
                            ["agreedAt"] = Time(Pick(new[] { freeze - Duration.FromHours(1), freeze, freeze - Duration.Epsilon })),
                            ["rulesSha256"] = UnboundRulesSha256,
                        })),
                    };
                    if (Chance(40))
                    {
                        competition["lotteryScope"] = Pick(new[] { "project", "cluster" });
                    }

                    project["competition"] = competition;
                }

                projects.Add(project);
                var currency = Pick(new[] { "RON", "EUR" });
                foreach (var org in Subset(_orgs, 70))
                {
                    interested[org].Add(initiative);
                    var interest = new JsonObject { ["member"] = org, ["project"] = initiative, ["shownAt"] = Time(Moment()) };
                    if (Chance(50))
                    {
                        interest["representatives"] = r.Next(0, 2);
                    }

                    if (Chance(50))
                    {
                        interest["personDays"] = Pick(new[] { "0", "5" });
                    }

                    interests.Add(interest);
                    for (var c = r.Next(0, 3); c > 0; c--)
                    {
                        var commitment = new JsonObject
                        {
                            ["member"] = org,
                            ["project"] = initiative,
                            ["phase"] = Pick(new[] { "preparation", "implementation" }),
                            ["at"] = Time(Moment()),
                        };
                        if (Chance(75))
                        {
                            commitment["amount"] = Money(currency, [100m, 250m]);
                        }
                        else
                        {
                            commitment["personDays"] = Pick(new[] { "5", "10" });
                        }

                        commitments.Add(commitment);
                    }
                }
            }

            var preferences = new JsonArray();
            foreach (var (org, projectsOfOrg) in interested)
            {
                if (Chance(40))
                {
                    var preference = new JsonObject { ["member"] = org, ["ranking"] = Strings(Subset(projectsOfOrg, 70)) };
                    if (Chance(70))
                    {
                        preference["cap"] = r.Next(0, 3);
                    }

                    preferences.Add(preference);
                }
            }

            doc["projects"] = projects;
            doc["interests"] = interests;
            doc["commitments"] = commitments;
            doc["memberPreferences"] = preferences;
        }
    }
}
