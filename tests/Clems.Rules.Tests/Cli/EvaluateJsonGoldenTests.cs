using Xunit;

namespace Clems.Rules.Tests.Cli;

/// Golden output of `clems-rules evaluate docs/examples/clems-cluster.json --format json`. When a rule's wording changes on
/// purpose, run that command and paste its output here (the command prints exactly ReportWriter.ToJson, ending in a newline).
public sealed class EvaluateJsonGoldenTests
{
    private const string Expected = """
        {
          "asOf": "2026-03-01",
          "framework": {
            "id": "2026.1",
            "adoptedOn": "2025-11-20",
            "effectiveFrom": "2026-01-01"
          },
          "decisions": [
            {
              "subject": {
                "kind": "framework",
                "id": "2026.1"
              },
              "outcome": "applied",
              "rule": "Framework.InForce",
              "clauses": [
                "G1"
              ],
              "reasons": [
                "Framework 2026.1, adopted by the General Assembly on 2025-11-20, is in force from 2026-01-01 and applies on 2026-03-01.",
                "It replaced framework 2024.1, in force from 2024-01-01.",
                "Its parameters: minimum working group size 3; executive capacity 5; default competition criteria committedAmount, earlierCommitment, involvement."
              ],
              "reasonCodes": [
                "G1.in-force",
                "G1.supersedes",
                "G1.parameters"
              ],
              "facts": [
                "framework:2026.1"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-circular"
              },
              "outcome": "approved",
              "rule": "WorkingGroups.ValidFormation",
              "clauses": [
                "G2",
                "G4",
                "G5",
                "G6"
              ],
              "reasons": [
                "Working group Circular Materials (wg-circular) was formed on 2022-05-10 by 4 organisations that were active members on that date (org-cjbn, org-cunt, org-reciclavest and org-somesverde); framework 2026.1 (none was in force on the formation date) requires at least 3.",
                "Its thematic area is W3 (recyclable materials and waste in a circular economy).",
                "Its objective on 2026-03-01 is \u0022Close the loop on agricultural plastics and wood waste in the county.\u0022",
                "Its portfolio: 2 initiatives, Recovery of greenhouse plastic film (init-plastic-film-recovery) and Briquettes from wood-processing waste (init-wood-waste-briquettes)."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G6.thematic-area",
                "G2.objective",
                "G2.portfolio"
              ],
              "facts": [
                "initiative:init-plastic-film-recovery",
                "initiative:init-wood-waste-briquettes",
                "workingGroup:wg-circular"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-energy"
              },
              "outcome": "approved",
              "rule": "WorkingGroups.ValidFormation",
              "clauses": [
                "G2",
                "G4",
                "G5",
                "G6"
              ],
              "reasons": [
                "Working group Urban Energy (wg-energy) was formed on 2022-10-01 by 3 organisations that were active members on that date (org-cjbn, org-cunt and org-ecosol); framework 2026.1 (none was in force on the formation date) requires at least 3.",
                "Senzor Mediu Bistrița SRL (org-senzormediu) is not yet a member: its membership starts on 2023-01-15 (on the formation date 2022-10-01), so it does not count towards founding the group.",
                "Its thematic area is W6 (alternative energy and urban energy efficiency).",
                "Its objective on 2026-03-01 is \u0022Cut the energy use of public buildings in Bistrița and Năsăud with solar power and monitoring.\u0022",
                "Its portfolio: 1 initiative, Rooftop solar for three county schools (init-rooftop-solar)."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G4.founder-not-counted",
                "G6.thematic-area",
                "G2.objective",
                "G2.portfolio"
              ],
              "facts": [
                "initiative:init-rooftop-solar",
                "workingGroup:wg-energy"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-water"
              },
              "outcome": "approved",
              "rule": "WorkingGroups.ValidFormation",
              "clauses": [
                "G2",
                "G4",
                "G5",
                "G6"
              ],
              "reasons": [
                "Working group Water and Sludge (wg-water) was formed on 2019-06-01 by 3 organisations that were active members on that date (org-cunt, org-hidroterm and org-icme); framework 2026.1 (none was in force on the formation date) requires at least 3.",
                "Its thematic area is W1 (water and wastewater treatment systems).",
                "Its objective on 2026-03-01 is \u0022Modernise small wastewater treatment plants in the Bârgău and Someș valleys and recover their sludge.\u0022",
                "Its portfolio has no initiatives yet."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G6.thematic-area",
                "G2.objective",
                "G2.portfolio"
              ],
              "facts": [
                "workingGroup:wg-water"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-air-quality-map"
              },
              "outcome": "notRunnable",
              "rule": "Initiatives.ActionPlanAndFunding",
              "clauses": [
                "G11"
              ],
              "reasons": [
                "Initiative init-air-quality-map has no action plan: at least one activity with its dates is needed."
              ],
              "reasonCodes": [
                "G11.no-action-plan"
              ],
              "facts": [
                "initiative:init-air-quality-map"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-biogas-beclean"
              },
              "outcome": "rejected",
              "rule": "Initiatives.MembersOnly",
              "clauses": [
                "G10"
              ],
              "reasons": [
                "Termo Construct Dej SRL (org-termoconstruct), beneficiary, has never been a member of CLEMS (as of 2026-03-01); CLEMS runs projects for active members only.",
                "Tisza Víztechnológia Kft. (org-tisza), participant, has never been a member of CLEMS (as of 2026-03-01); CLEMS runs projects for active members only."
              ],
              "reasonCodes": [
                "G10.never-a-member",
                "G10.never-a-member"
              ],
              "facts": [
                "initiative:init-biogas-beclean",
                "organization:org-termoconstruct",
                "organization:org-tisza"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-green-roofs"
              },
              "outcome": "notRunnable",
              "rule": "Initiatives.ActionPlanAndFunding",
              "clauses": [
                "G11"
              ],
              "reasons": [
                "Funding covers 12,000.00 RON of 20,000.00 RON; 8,000.00 RON is not covered.",
                "Funding of 1,000.00 EUR is in another currency than the budget (RON) and is not counted without an exchange rate."
              ],
              "reasonCodes": [
                "G11.funding-short",
                "G11.funding-other-currency"
              ],
              "facts": [
                "initiative:init-green-roofs"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-heat-pumps"
              },
              "outcome": "rejected",
              "rule": "Initiatives.InitiatorAndRepresentative",
              "clauses": [
                "G9"
              ],
              "reasons": [
                "Initiative init-heat-pumps names no representative who proposes it on behalf of its initiator."
              ],
              "reasonCodes": [
                "G9.no-representative"
              ],
              "facts": [
                "initiative:init-heat-pumps"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-plastic-film-recovery"
              },
              "outcome": "rejected",
              "rule": "Initiatives.MembersOnly",
              "clauses": [
                "G10"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast), participant, is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); CLEMS runs projects for active members only."
              ],
              "reasonCodes": [
                "G10.membership-ended"
              ],
              "facts": [
                "initiative:init-plastic-film-recovery",
                "membership:org-agroplast/2019-05-01",
                "organization:org-agroplast"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-river-cleanup"
              },
              "outcome": "notRunnable",
              "rule": "Initiatives.ActionPlanAndFunding",
              "clauses": [
                "G11"
              ],
              "reasons": [
                "Funding covers 8,000.00 RON of 12,000.00 RON; 4,000.00 RON is not covered."
              ],
              "reasonCodes": [
                "G11.funding-short"
              ],
              "facts": [
                "initiative:init-river-cleanup"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-rooftop-solar"
              },
              "outcome": "supported",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 8,000.00 EUR to Rooftop solar for three county schools (init-rooftop-solar) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 2 initiatives are runnable.",
                "All 2 runnable initiatives fit within the capacity of 5, so none queues."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.within-capacity"
              ],
              "facts": [
                "initiative:init-rooftop-solar"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-rooftop-solar"
              },
              "outcome": "runnable",
              "rule": "Initiatives.Runnable",
              "clauses": [
                "G9",
                "G10",
                "G11"
              ],
              "reasons": [
                "Initiated by working group Urban Energy (wg-energy) and proposed by Radu Pop (rep-radu-pop) of EcoSol Năsăud SRL.",
                "All 3 organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.",
                "The action plan has 2 activities, from 2026-04-01 to 2026-08-31.",
                "Funding of 48,000.00 EUR covers the budget of 48,000.00 EUR."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-rooftop-solar",
                "representative:rep-radu-pop"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-sludge-drying"
              },
              "outcome": "rejected",
              "rule": "Initiatives.InitiatorAndRepresentative",
              "clauses": [
                "G9"
              ],
              "reasons": [
                "Vasile Rus (rep-vasile-rus) represents Hidroterm Bistrița SRL (org-hidroterm), not the initiating member ReciclaVest Beclean SA (org-reciclavest)."
              ],
              "reasonCodes": [
                "G9.representative-not-of-initiator"
              ],
              "facts": [
                "initiative:init-sludge-drying",
                "representative:rep-vasile-rus"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-soil-remediation"
              },
              "outcome": "notRunnable",
              "rule": "Initiatives.ActionPlanAndFunding",
              "clauses": [
                "G11"
              ],
              "reasons": [
                "Initiative init-soil-remediation has no action plan: at least one activity with its dates is needed.",
                "Funding covers 10,000.00 RON of 90,000.00 RON; 80,000.00 RON is not covered."
              ],
              "reasonCodes": [
                "G11.no-action-plan",
                "G11.funding-short"
              ],
              "facts": [
                "initiative:init-soil-remediation"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-soil-remediation"
              },
              "outcome": "rejected",
              "rule": "Initiatives.InitiatorAndRepresentative",
              "clauses": [
                "G9"
              ],
              "reasons": [
                "Initiative init-soil-remediation names no representative who proposes it on behalf of its initiator."
              ],
              "reasonCodes": [
                "G9.no-representative"
              ],
              "facts": [
                "initiative:init-soil-remediation"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-soil-remediation"
              },
              "outcome": "rejected",
              "rule": "Initiatives.MembersOnly",
              "clauses": [
                "G10"
              ],
              "reasons": [
                "GeoSan Remediere SRL (org-geosan), beneficiary, is not yet a member: its membership starts on 2026-04-01 (as of 2026-03-01); CLEMS runs projects for active members only.",
                "Lemnotec Sângeorz-Băi SRL (org-lemnotec), participant, has a membership that is suspended from 2026-01-01 (as of 2026-03-01); CLEMS runs projects for active members only."
              ],
              "reasonCodes": [
                "G10.membership-not-started",
                "G10.membership-suspended"
              ],
              "facts": [
                "initiative:init-soil-remediation",
                "membership:org-geosan/2026-04-01",
                "membership:org-lemnotec/2026-01-01",
                "organization:org-geosan",
                "organization:org-lemnotec"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-wastewater-monitoring"
              },
              "outcome": "supported",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 18,000.00 RON to Smart monitoring of the Bârgău valley wastewater plants (init-wastewater-monitoring) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 2 initiatives are runnable.",
                "All 2 runnable initiatives fit within the capacity of 5, so none queues."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.within-capacity"
              ],
              "facts": [
                "initiative:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-wastewater-monitoring"
              },
              "outcome": "runnable",
              "rule": "Initiatives.Runnable",
              "clauses": [
                "G9",
                "G10",
                "G11"
              ],
              "reasons": [
                "Initiated by member Hidroterm Bistrița SRL (org-hidroterm) and proposed by Ioana Mureșan (rep-ioana-muresan) of Hidroterm Bistrița SRL.",
                "All 4 organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.",
                "The action plan has 3 activities, from 2026-04-01 to 2026-11-30.",
                "Funding of 48,000.00 RON covers the budget of 48,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-wastewater-monitoring",
                "representative:rep-ioana-muresan"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-wood-waste-briquettes"
              },
              "outcome": "notRunnable",
              "rule": "Initiatives.ActionPlanAndFunding",
              "clauses": [
                "G11"
              ],
              "reasons": [
                "Initiative init-wood-waste-briquettes has no budget with amounts: list what the money is for and how much.",
                "Initiative init-wood-waste-briquettes declares no funding source."
              ],
              "reasonCodes": [
                "G11.no-budget",
                "G11.no-funding"
              ],
              "facts": [
                "initiative:init-wood-waste-briquettes"
              ]
            }
          ],
          "allocation": {
            "projects": [],
            "members": []
          }
        }
        """;

    [Fact]
    public void Evaluate_BundledExampleAsJson_WritesTheGoldenReport()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json");

        // Assert
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected + "\n", run.Output);
    }
}
