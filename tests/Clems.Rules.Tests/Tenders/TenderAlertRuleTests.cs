using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Tenders;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Tenders;

public sealed class TenderAlertRuleTests
{
    private readonly RuleTestFixture<TenderAlertRule> _fixture = new();

    private static SnapshotBuilder Members() => A.Snapshot()
        .With(A.Member("org-a").Named("Alpha SRL"), A.Organization("org-b").Named("Beta SA").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)));

    [Fact]
    public void Tender_MatchingAnActiveMembersProfile_IsAlertedWithWhy()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1")).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.TenderAlert, "t-1/org-a"), decision.Subject);
        Assert.Equal(DecisionOutcome.Alerted, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse("S11")], decision.Clauses.ToArray());
        Assert.Equal(
            [
                "CPV code 45252100 of tender t-1 (Wastewater plant t-1) starts with 4525, a prefix in the profile of Alpha SRL (org-a).",
                "The tender is in RO, a country in the profile.",
                "The estimated value 1,000,000.00 RON is within the profile's range from 100,000.00 RON to 5,000,000.00 RON.",
                "The deadline 2026-03-20T12:00:00 +02 Europe/Bucharest (2026-03-20T10:00:00Z) is after the as-of instant 2026-02-28T22:00:00Z (the start of 2026-03-01 in Europe/Bucharest).",
                "Alpha SRL (org-a) has been a member since 2020-01-01 (as of 2026-03-01); tender monitoring (S11) is for active members.",
            ],
            decision.Reasons.Select(r => r.Text));
    }

    [Fact]
    public void Tender_ForAFormerMember_IsNotAlerted()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1")).With(Profile("org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Tender_DeadlineExactlyAtTheAsOfInstant_HasPassed()
    {
        // Arrange: midnight starting 2026-03-01 in Bucharest is the as-of instant.
        var deadline = new LocalDateTime(2026, 3, 1, 0, 0).InZoneStrictly(Bucharest);
        var snapshot = Members().With(Tender("t-1", deadline: deadline)).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Tender_DeadlineOneSecondAfterTheAsOfInstant_IsAlerted()
    {
        // Arrange
        var deadline = new LocalDateTime(2026, 3, 1, 0, 0, 1).InZoneStrictly(Bucharest);
        var snapshot = Members().With(Tender("t-1", deadline: deadline)).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
    }

    [Fact]
    public void Tender_DeadlineInAnotherZone_ComparesInstantsNotLocalDates()
    {
        // Arrange: 23:30 on 2026-02-28 in Lisbon (UTC+0) is 23:30Z, after the as-of instant 22:00Z, so it is open
        // although its local date is before the as-of date; 21:30 in Lisbon (21:30Z) is before it and has passed.
        var lisbon = DateTimeZoneProviders.Tzdb["Europe/Lisbon"];
        var open = new LocalDateTime(2026, 2, 28, 23, 30).InZoneStrictly(lisbon);
        var passed = new LocalDateTime(2026, 2, 28, 21, 30).InZoneStrictly(lisbon);
        var snapshot = Members().With(Tender("t-open", country: "PT", deadline: open), Tender("t-passed", country: "PT", deadline: passed)).With(Profile("org-a", countries: ["RO", "PT"]));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("t-open/org-a", _fixture.SingleDecision().Subject.Id);
    }

    [Fact]
    public void Tender_DeadlineAcrossTheSpringDstChange_ComparesInstants()
    {
        // Arrange: on 2026-03-29 Bucharest moves from +02 to +03 at 03:00; as of 2026-03-29 the as-of instant is
        // 2026-03-28T22:00Z. A deadline at 00:30 Berlin time (+01, 23:30Z on 03-28) is still open.
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var deadline = new LocalDateTime(2026, 3, 29, 0, 30).InZoneStrictly(berlin);
        var snapshot = Members().With(Tender("t-1", country: "DE", deadline: deadline)).With(Profile("org-a", countries: ["DE"]));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 3, 29)).Fire();

        // Assert
        var reason = _fixture.SingleDecision().Reasons.Single(r => r.Code == "S11.deadline-open");
        Assert.Equal(
            "The deadline 2026-03-29T00:30:00 +01 Europe/Berlin (2026-03-28T23:30:00Z) is after the as-of instant 2026-03-28T22:00:00Z (the start of 2026-03-29 in Europe/Bucharest).",
            reason.Text);
    }

    [Fact]
    public void Tender_AsOfAfterTheAutumnDstChange_StartsTheDayAtPlusTwo()
    {
        // Arrange: Bucharest returns to +02 on 2026-10-25; the start of 2026-10-26 is 2026-10-25T22:00Z.
        var deadline = new LocalDateTime(2026, 10, 26, 0, 30).InZoneStrictly(Bucharest);
        var snapshot = Members().With(Tender("t-1", deadline: deadline)).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 10, 26)).Fire();

        // Assert
        Assert.Contains("as-of instant 2026-10-25T22:00:00Z", _fixture.SingleDecision().Reasons.Single(r => r.Code == "S11.deadline-open").Text);
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(5_000_000, true)]
    [InlineData(99_999.99, false)]
    [InlineData(5_000_000.01, false)]
    public void Tender_ValueAtTheRangeBounds_IsInclusive(decimal value, bool alerted)
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", value: Ron(value))).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(alerted ? 1 : 0);
    }

    [Fact]
    public void Tender_ValueInAnotherCurrency_DoesNotMatch()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", value: Eur(200_000m))).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Tender_PrefixEqualToTheWholeCode_MatchesWithTheCheckDigit()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", codes: ["90400000-1", "45252100-9"])).With(Profile("org-a", prefixes: ["45", "45252100"]));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.StartsWith(
            "CPV code 45252100-9 of tender t-1 (Wastewater plant t-1) starts with 45252100,",
            _fixture.SingleDecision().Reasons[0].Text);
    }

    [Fact]
    public void Tender_WithoutASharedPrefix_GivesNoCandidateFact()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", codes: ["90400000"]), Tender("t-2")).With(Profile("org-a"), Profile("org-b", prefixes: ["9041"]));

        // Act
        _fixture.Given(snapshot);

        // Assert
        Assert.Equal(["t-2/org-a"], _fixture.Query<TenderCandidates>().SelectMany(t => t.Candidates).Select(c => c.Subject.Id));
    }

    [Fact]
    public void Tender_InAnotherCountry_IsNotAlerted()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", country: "HU")).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Tender_PublishedAfterTheAsOfInstant_IsNotAlertedYet()
    {
        // Arrange
        var snapshot = Members().With(Tender("t-1", published: Instant.FromUtc(2026, 2, 28, 22, 0, 1))).With(Profile("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Profile_WithANonEuCountry_IsAnInputErrorWithItsPath()
    {
        // Arrange
        var snapshot = Members().With(Profile("org-a", countries: ["RO", "CH"]));

        // Act
        var problem = Assert.Single(snapshot.Build().Validate());

        // Assert
        Assert.Equal("$.tenderProfiles[0].countries[1]", problem.Path);
        Assert.StartsWith("'CH' is not Romania or another EU member state", problem.Message);
    }
}
