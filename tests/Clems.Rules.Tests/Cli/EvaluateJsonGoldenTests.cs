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
                "The new objective \u0022Deep energy retrofits of public buildings in Bistrița and Năsăud.\u0022 takes effect on 2026-03-02, after 2026-03-01 (proposal wgp-energy-retrofit of 2026-02-20 by org-ecosol), so it does not apply yet.",
                "Its portfolio: 1 initiative, Rooftop solar for three county schools (init-rooftop-solar)."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G4.founder-not-counted",
                "G6.thematic-area",
                "G2.objective",
                "G5.transformation-pending",
                "G2.portfolio"
              ],
              "facts": [
                "initiative:init-rooftop-solar",
                "workingGroup:wg-energy",
                "workingGroupProposal:wgp-energy-retrofit"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-soil"
              },
              "outcome": "rejected",
              "rule": "WorkingGroups.InvalidFormation",
              "clauses": [
                "G4"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) is no longer a member: its membership ended on 2025-06-30 (on the formation date 2025-09-01), so it does not count towards founding the group.",
                "GeoSan Remediere SRL (org-geosan) is not yet a member: its membership starts on 2026-04-01 (on the formation date 2025-09-01), so it does not count towards founding the group.",
                "Working group Soil Remediation (wg-soil) was formed on 2025-09-01 with 1 organisation that was an active member on that date; framework 2024.1 (in force on the formation date) requires at least 3."
              ],
              "reasonCodes": [
                "G4.founder-membership-ended",
                "G4.founder-membership-not-started",
                "G4.too-few-founders"
              ],
              "facts": [
                "membership:org-agroplast/2019-05-01",
                "membership:org-geosan/2026-04-01",
                "membership:org-icme/2018-09-01",
                "organization:org-agroplast",
                "organization:org-geosan",
                "organization:org-icme",
                "workingGroup:wg-soil"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-timber"
              },
              "outcome": "flagged",
              "rule": "WorkingGroups.BelowQuorum",
              "clauses": [
                "G4"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01).",
                "Lemnotec Sângeorz-Băi SRL (org-lemnotec) has a membership that is suspended from 2026-01-01 (as of 2026-03-01).",
                "Working group Timber Reuse (wg-timber) has 1 active member organisation on 2026-03-01 (org-reciclavest); framework 2026.1 requires at least 3. It cannot initiate initiatives until it is back at the minimum."
              ],
              "reasonCodes": [
                "G4.member-membership-ended",
                "G4.member-membership-suspended",
                "G4.below-quorum"
              ],
              "facts": [
                "membership:org-agroplast/2019-05-01",
                "membership:org-lemnotec/2026-01-01",
                "membership:org-reciclavest/2021-01-10",
                "organization:org-agroplast",
                "organization:org-lemnotec",
                "organization:org-reciclavest",
                "workingGroup:wg-timber"
              ]
            },
            {
              "subject": {
                "kind": "workingGroup",
                "id": "wg-timber"
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
                "Working group Timber Reuse (wg-timber) was formed on 2021-03-01 by 3 organisations that were active members on that date (org-agroplast, org-lemnotec and org-reciclavest); framework 2026.1 (none was in force on the formation date) requires at least 3.",
                "Its thematic area is W9 (other areas of interest to members): Wood industry residues.",
                "Its objective on 2026-03-01 is \u0022Reuse wood-processing residues from the Bârgău valley sawmills.\u0022",
                "Its portfolio: 1 initiative, Pellets from sawmill residues (init-timber-reuse)."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G6.thematic-area",
                "G2.objective",
                "G2.portfolio"
              ],
              "facts": [
                "initiative:init-timber-reuse",
                "workingGroup:wg-timber"
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
                "Its objective on 2026-03-01 is \u0022Modernise small wastewater plants in the Bârgău and Someș valleys and reuse their treated water and sludge.\u0022",
                "From 2026-01-01 the objective \u0022Modernise small wastewater plants in the Bârgău and Someș valleys and reuse their treated water and sludge.\u0022 replaced \u0022Modernise small wastewater treatment plants in the Bârgău and Someș valleys and recover their sludge.\u0022 (proposal wgp-water-reuse of 2025-10-01 by org-hidroterm and org-icme); the group\u0027s history is kept.",
                "Its portfolio has no initiatives yet."
              ],
              "reasonCodes": [
                "G4.founded-by-members",
                "G6.thematic-area",
                "G2.objective",
                "G5.transformed",
                "G2.portfolio"
              ],
              "facts": [
                "workingGroup:wg-water",
                "workingGroupProposal:wgp-water-reuse"
              ]
            },
            {
              "subject": {
                "kind": "workingGroupProposal",
                "id": "wgp-circular-close"
              },
              "outcome": "rejected",
              "rule": "WorkingGroups.InvalidProposal",
              "clauses": [
                "G5"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) is not a member of working group Circular Materials (wg-circular) (members: org-cjbn, org-cunt, org-reciclavest and org-somesverde); only the group\u0027s members may propose to dissolve or transform it.",
                "Agroplast Beclean SRL (org-agroplast) is no longer a member: its membership ended on 2025-06-30 (on the proposal date 2025-09-15); only active members may propose."
              ],
              "reasonCodes": [
                "G5.proposer-not-in-group",
                "G5.proposer-membership-ended"
              ],
              "facts": [
                "membership:org-agroplast/2019-05-01",
                "organization:org-agroplast",
                "workingGroup:wg-circular",
                "workingGroupProposal:wgp-circular-close"
              ]
            },
            {
              "subject": {
                "kind": "workingGroupProposal",
                "id": "wgp-energy-retrofit"
              },
              "outcome": "approved",
              "rule": "WorkingGroups.ValidProposal",
              "clauses": [
                "G5"
              ],
              "reasons": [
                "Proposed on 2026-02-20 by org-ecosol, a member of working group Urban Energy (wg-energy) and active member of CLEMS on that date.",
                "It gives working group Urban Energy (wg-energy) the new objective \u0022Deep energy retrofits of public buildings in Bistrița and Năsăud.\u0022 from 2026-03-02; the group and its history are kept."
              ],
              "reasonCodes": [
                "G5.proposed-by-members",
                "G5.transformation"
              ],
              "facts": [
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "workingGroup:wg-energy",
                "workingGroupProposal:wgp-energy-retrofit"
              ]
            },
            {
              "subject": {
                "kind": "workingGroupProposal",
                "id": "wgp-water-reuse"
              },
              "outcome": "approved",
              "rule": "WorkingGroups.ValidProposal",
              "clauses": [
                "G5"
              ],
              "reasons": [
                "Proposed on 2025-10-01 by org-hidroterm and org-icme, members of working group Water and Sludge (wg-water) and active members of CLEMS on that date.",
                "It gives working group Water and Sludge (wg-water) the new objective \u0022Modernise small wastewater plants in the Bârgău and Someș valleys and reuse their treated water and sludge.\u0022 from 2026-01-01; the group and its history are kept."
              ],
              "reasonCodes": [
                "G5.proposed-by-members",
                "G5.transformation"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "membership:org-icme/2018-09-01",
                "organization:org-hidroterm",
                "organization:org-icme",
                "workingGroup:wg-water",
                "workingGroupProposal:wgp-water-reuse"
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
                "id": "init-membrane-pilot"
              },
              "outcome": "supported",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 22,000.00 RON to Confidential pilot of a ceramic membrane filter (init-membrane-pilot) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "It ranks 3 of 7 by committed resources, then by the earlier instant it became ready (readiness instant not recorded), within the capacity of 5."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.within-capacity"
              ],
              "facts": [
                "initiative:init-membrane-pilot"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-membrane-pilot"
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
                "The action plan has 1 activity, from 2026-04-01 to 2026-07-31.",
                "Funding of 22,000.00 RON covers the budget of 22,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-membrane-pilot",
                "representative:rep-ioana-muresan"
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
                "id": "init-ro-compost-hubs"
              },
              "outcome": "queued",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 9,000.00 RON to Neighbourhood compost hubs (init-ro-compost-hubs) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "Position 1 of 2 in the queue: all 5 initiatives ahead of it are supported; the one just ahead, Noise sensor pilot (init-ro-noise-sensors), ranks higher because both have 9,000.00 RON committed and it was ready at 2026-01-20T08:00:00Z, before this one at 2026-02-01T10:00:00Z."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.queue-position"
              ],
              "facts": [
                "initiative:init-ro-compost-hubs",
                "initiative:init-ro-noise-sensors"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-compost-hubs"
              },
              "outcome": "runnable",
              "rule": "Initiatives.Runnable",
              "clauses": [
                "G9",
                "G10",
                "G11"
              ],
              "reasons": [
                "Initiated by member ReciclaVest Beclean SA (org-reciclavest) and proposed by Maria Cosma (rep-maria-cosma) of ReciclaVest Beclean SA.",
                "The one organisation involved is an active member of CLEMS.",
                "The action plan has 1 activity, from 2026-04-01 to 2026-10-31.",
                "Funding of 9,000.00 RON covers the budget of 9,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-ro-compost-hubs",
                "representative:rep-maria-cosma"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-energy-audit"
              },
              "outcome": "queued",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 5,000.00 RON to Energy audits for members (init-ro-energy-audit) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "Position 2 of 2 in the queue: ahead of it are the 5 supported and 1 queued; the one just ahead, Neighbourhood compost hubs (init-ro-compost-hubs), ranks higher because its members committed 9,000.00 RON against 5,000.00 RON."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.queue-position"
              ],
              "facts": [
                "initiative:init-ro-compost-hubs",
                "initiative:init-ro-energy-audit"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-energy-audit"
              },
              "outcome": "runnable",
              "rule": "Initiatives.Runnable",
              "clauses": [
                "G9",
                "G10",
                "G11"
              ],
              "reasons": [
                "Initiated by member EcoSol Năsăud SRL (org-ecosol) and proposed by Radu Pop (rep-radu-pop) of EcoSol Năsăud SRL.",
                "The one organisation involved is an active member of CLEMS.",
                "The action plan has 1 activity, from 2026-04-01 to 2026-10-31.",
                "Funding of 5,000.00 RON covers the budget of 5,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-ro-energy-audit",
                "representative:rep-radu-pop"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-noise-sensors"
              },
              "outcome": "supported",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 9,000.00 RON to Noise sensor pilot (init-ro-noise-sensors) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "It ranks 5 of 7 by committed resources, then by the earlier instant it became ready (ready at 2026-01-20T08:00:00Z), within the capacity of 5."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.within-capacity"
              ],
              "facts": [
                "initiative:init-ro-noise-sensors"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-noise-sensors"
              },
              "outcome": "runnable",
              "rule": "Initiatives.Runnable",
              "clauses": [
                "G9",
                "G10",
                "G11"
              ],
              "reasons": [
                "Initiated by member Senzor Mediu Bistrița SRL (org-senzormediu) and proposed by Andrei Sabău (rep-andrei-sabau) of Senzor Mediu Bistrița SRL.",
                "The one organisation involved is an active member of CLEMS.",
                "The action plan has 1 activity, from 2026-04-01 to 2026-10-31.",
                "Funding of 9,000.00 RON covers the budget of 9,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-ro-noise-sensors",
                "representative:rep-andrei-sabau"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-outsider-park"
              },
              "outcome": "rejected",
              "rule": "Initiatives.IntegratedProjectBeneficiaries",
              "clauses": [
                "G14"
              ],
              "reasons": [
                "None of the direct beneficiaries of integrated project Eco-park for a non-member (init-ro-outsider-park) is an active member: Agroplast Beclean SRL (org-agroplast) is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); an integrated project benefits members directly."
              ],
              "reasonCodes": [
                "G14.no-member-beneficiary"
              ],
              "facts": [
                "initiative:init-ro-outsider-park",
                "membership:org-agroplast/2019-05-01",
                "organization:org-agroplast"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-outsider-park"
              },
              "outcome": "rejected",
              "rule": "Initiatives.MembersOnly",
              "clauses": [
                "G10"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast), beneficiary, is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); CLEMS runs projects for active members only."
              ],
              "reasonCodes": [
                "G10.membership-ended"
              ],
              "facts": [
                "initiative:init-ro-outsider-park",
                "membership:org-agroplast/2019-05-01",
                "organization:org-agroplast"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-water-reuse"
              },
              "outcome": "supported",
              "rule": "Executive.Capacity",
              "clauses": [
                "G7",
                "G12"
              ],
              "reasons": [
                "Members committed 30,000.00 RON to Water reuse at car washes (init-ro-water-reuse) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "It ranks 2 of 7 by committed resources, then by the earlier instant it became ready (ready at 2026-01-15T09:00:00Z), within the capacity of 5."
              ],
              "reasonCodes": [
                "G12.committed",
                "G12.capacity",
                "G12.within-capacity"
              ],
              "facts": [
                "initiative:init-ro-water-reuse"
              ]
            },
            {
              "subject": {
                "kind": "initiative",
                "id": "init-ro-water-reuse"
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
                "All 2 organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.",
                "The action plan has 1 activity, from 2026-04-01 to 2026-10-31.",
                "Funding of 30,000.00 RON covers the budget of 30,000.00 RON."
              ],
              "reasonCodes": [
                "G9.initiated-by-member",
                "G10.members-only",
                "G11.action-plan",
                "G11.funded"
              ],
              "facts": [
                "initiative:init-ro-water-reuse",
                "representative:rep-ioana-muresan"
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
                "Members committed 8,000.00 EUR (39,760.00 RON at the framework\u0027s exchange rates) to Rooftop solar for three county schools (init-rooftop-solar) in member contributions.",
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "It ranks 1 of 7 by committed resources, then by the earlier instant it became ready (readiness instant not recorded), within the capacity of 5."
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
                "id": "init-timber-reuse"
              },
              "outcome": "rejected",
              "rule": "WorkingGroups.InitiatingGroupInactive",
              "clauses": [
                "G4",
                "G5"
              ],
              "reasons": [
                "The initiating working group Timber Reuse (wg-timber) has 1 active member organisation on 2026-03-01, below the minimum: framework 2026.1 requires at least 3 (lapsed: org-agroplast, which is no longer a member: its membership ended on 2025-06-30; org-lemnotec, which has a membership that is suspended from 2026-01-01)."
              ],
              "reasonCodes": [
                "G4.group-below-quorum"
              ],
              "facts": [
                "initiative:init-timber-reuse",
                "workingGroup:wg-timber"
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
                "Framework 2026.1 lets the executive team support 5 runnable initiatives at once; 7 initiatives are runnable.",
                "It ranks 4 of 7 by committed resources, then by the earlier instant it became ready (readiness instant not recorded), within the capacity of 5."
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
            },
            {
              "subject": {
                "kind": "participation",
                "id": "init-membrane-pilot/org-cunt"
              },
              "outcome": "blocked",
              "rule": "Confidentiality.SignatureMissingOrLate",
              "clauses": [
                "G3"
              ],
              "reasons": [
                "Centrul Universitar Nord-Transilvan Bistrița (org-cunt) has not signed the confidentiality agreement of confidential initiative init-membrane-pilot, although its involvement starts at 2026-02-20T08:00:00Z; it is blocked from the initiative until it signs before its involvement."
              ],
              "reasonCodes": [
                "G3.no-agreement"
              ],
              "facts": [
                "initiative:init-membrane-pilot",
                "organization:org-cunt"
              ]
            },
            {
              "subject": {
                "kind": "participation",
                "id": "init-membrane-pilot/org-icme"
              },
              "outcome": "approved",
              "rule": "Confidentiality.SignedBeforeInvolvement",
              "clauses": [
                "G3"
              ],
              "reasons": [
                "Institutul de Cercetări pentru Mediu și Ecotehnologii Bistrița (org-icme) signed the confidentiality agreement of confidential initiative init-membrane-pilot at 2026-02-10T12:00:00Z, at or before its involvement started at 2026-02-16T08:00:00Z."
              ],
              "reasonCodes": [
                "G3.signed-before-involvement"
              ],
              "facts": [
                "confidentialityAgreement:init-membrane-pilot/org-icme",
                "initiative:init-membrane-pilot",
                "organization:org-icme"
              ]
            },
            {
              "subject": {
                "kind": "participation",
                "id": "init-membrane-pilot/org-senzormediu"
              },
              "outcome": "blocked",
              "rule": "Confidentiality.SignatureMissingOrLate",
              "clauses": [
                "G3"
              ],
              "reasons": [
                "Senzor Mediu Bistrița SRL (org-senzormediu) signed the confidentiality agreement of confidential initiative init-membrane-pilot at 2026-02-16T08:00:01Z, after its involvement started at 2026-02-16T08:00:00Z; the agreement must be signed at or before the involvement starts."
              ],
              "reasonCodes": [
                "G3.signed-late"
              ],
              "facts": [
                "confidentialityAgreement:init-membrane-pilot/org-senzormediu",
                "initiative:init-membrane-pilot",
                "organization:org-senzormediu"
              ]
            },
            {
              "subject": {
                "kind": "salesAgencyRequest",
                "id": "sa-film-granulate"
              },
              "outcome": "rejected",
              "rule": "SalesAgency.Refused",
              "clauses": [
                "G13"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) initiated the product or service \u0022Recycled film granulate\u0022 but is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); CLEMS sells only what members initiated.",
                "No active member funds the product or service \u0022Recycled film granulate\u0022: Agroplast Beclean SRL (org-agroplast) is no longer a member: its membership ended on 2025-06-30; CLEMS sells only what members fund."
              ],
              "reasonCodes": [
                "G13.initiator-membership-ended",
                "G13.no-member-funding"
              ],
              "facts": [
                "organization:org-agroplast",
                "salesAgencyRequest:sa-film-granulate"
              ]
            },
            {
              "subject": {
                "kind": "salesAgencyRequest",
                "id": "sa-monitoring-kit"
              },
              "outcome": "approved",
              "rule": "SalesAgency.Approved",
              "clauses": [
                "G13"
              ],
              "reasons": [
                "The initiative Smart monitoring of the Bârgău valley wastewater plants (init-wastewater-monitoring) was initiated by active members: Hidroterm Bistrița SRL (org-hidroterm).",
                "Active members fund it: Hidroterm Bistrița SRL (org-hidroterm) with 18,000.00 RON.",
                "Hidroterm Bistrița SRL (org-hidroterm) asked CLEMS to act as sales agent for it."
              ],
              "reasonCodes": [
                "G13.initiated-by-members",
                "G13.funded-by-members",
                "G13.requested-by"
              ],
              "facts": [
                "initiative:init-wastewater-monitoring",
                "organization:org-hidroterm",
                "salesAgencyRequest:sa-monitoring-kit"
              ]
            },
            {
              "subject": {
                "kind": "internalBid",
                "id": "bid-brownfield"
              },
              "outcome": "infeasible",
              "rule": "InternalBids.Infeasible",
              "clauses": [
                "G14"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) is interested but is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); its expertise does not count.",
                "The bid requires expertise \u0027soil\u0027, which no interested active member declares."
              ],
              "reasonCodes": [
                "G14.interested-membership-ended",
                "G14.expertise-missing"
              ],
              "facts": [
                "internalBid:bid-brownfield",
                "membership:org-agroplast/2019-05-01",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-agroplast",
                "organization:org-senzormediu"
              ]
            },
            {
              "subject": {
                "kind": "internalBid",
                "id": "bid-smart-water"
              },
              "outcome": "feasible",
              "rule": "InternalBids.Feasible",
              "clauses": [
                "G14"
              ],
              "reasons": [
                "2 active members are interested in internal bid Smart water network for Cluj county (bid-smart-water).",
                "Expertise \u0027sensors\u0027 is declared by Senzor Mediu Bistrița SRL (org-senzormediu).",
                "Expertise \u0027wastewater\u0027 is declared by Hidroterm Bistrița SRL (org-hidroterm)."
              ],
              "reasonCodes": [
                "G14.interested-members",
                "G14.expertise-covered",
                "G14.expertise-covered"
              ],
              "facts": [
                "internalBid:bid-smart-water",
                "membership:org-hidroterm/2019-03-01",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-hidroterm",
                "organization:org-senzormediu"
              ]
            },
            {
              "subject": {
                "kind": "clusterRoute",
                "id": "org-hidroterm/opp-horizon-water"
              },
              "outcome": "recommended",
              "rule": "ClusterRoutes.Recommended",
              "clauses": [
                "G15"
              ],
              "reasons": [
                "The objectives of Hidroterm Bistrița SRL (org-hidroterm) (W1, W7) and the opportunity Horizon Europe water resilience call (opp-horizon-water) (W1, W7) share W1, W7.",
                "The opportunity Horizon Europe water resilience call (opp-horizon-water) admits only consortia, so Hidroterm Bistrița SRL (org-hidroterm) cannot apply alone.",
                "The opportunity Horizon Europe water resilience call (opp-horizon-water) needs at least 3 partners, so Hidroterm Bistrița SRL (org-hidroterm) cannot apply alone.",
                "The resources of Hidroterm Bistrița SRL (org-hidroterm), 50,000.00 RON (10,060.36 EUR at the framework\u0027s rate), are below the 200,000.00 EUR the opportunity Horizon Europe water resilience call (opp-horizon-water) needs."
              ],
              "reasonCodes": [
                "G15.objectives-match",
                "G15.consortium-required",
                "G15.partners-required",
                "G15.resources-insufficient"
              ],
              "facts": [
                "opportunity:opp-horizon-water",
                "organization:org-hidroterm"
              ]
            },
            {
              "subject": {
                "kind": "clusterRoute",
                "id": "org-reciclavest/opp-county-grant"
              },
              "outcome": "notRecommended",
              "rule": "ClusterRoutes.NotRecommended",
              "clauses": [
                "G15"
              ],
              "reasons": [
                "The objectives of ReciclaVest Beclean SA (org-reciclavest) (W3) share no thematic area with the opportunity County environmental grant (opp-county-grant) (W7).",
                "The opportunity County environmental grant (opp-county-grant) admits a single applicant (no consortium, one partner is enough).",
                "ReciclaVest Beclean SA (org-reciclavest) declares no resources, so they are not known to fall short of the 20,000.00 RON needed."
              ],
              "reasonCodes": [
                "G15.objectives-differ",
                "G15.single-applicant",
                "G15.resources-not-declared"
              ],
              "facts": [
                "opportunity:opp-county-grant",
                "organization:org-reciclavest"
              ]
            },
            {
              "subject": {
                "kind": "clusterRoute",
                "id": "org-senzormediu/opp-county-grant"
              },
              "outcome": "notRecommended",
              "rule": "ClusterRoutes.NotRecommended",
              "clauses": [
                "G15"
              ],
              "reasons": [
                "The opportunity County environmental grant (opp-county-grant) admits a single applicant (no consortium, one partner is enough).",
                "The resources of Senzor Mediu Bistrița SRL (org-senzormediu), 20,000.00 RON, cover the 20,000.00 RON the opportunity County environmental grant (opp-county-grant) needs."
              ],
              "reasonCodes": [
                "G15.single-applicant",
                "G15.resources-sufficient"
              ],
              "facts": [
                "opportunity:opp-county-grant",
                "organization:org-senzormediu"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-advertising"
              },
              "outcome": "approved",
              "rule": "Services.S14.Advertising",
              "clauses": [
                "G10",
                "S14"
              ],
              "reasons": [
                "EcoSol Năsăud SRL (org-ecosol) requested S14 (the advertising and marketing channel) on 2026-02-10 and has been a member since 2020-06-15 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S14 (the advertising and marketing channel) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S14.members-only-service"
              ],
              "facts": [
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "serviceRequest:sr-advertising"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-capital"
              },
              "outcome": "approved",
              "rule": "Services.S3.AccessToCapital",
              "clauses": [
                "G10",
                "S3"
              ],
              "reasons": [
                "ReciclaVest Beclean SA (org-reciclavest) requested S3 (access to other forms of capital) on 2026-02-10 and has been a member since 2021-01-10 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S3 (access to other forms of capital) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S3.members-only-service"
              ],
              "facts": [
                "membership:org-reciclavest/2021-01-10",
                "organization:org-reciclavest",
                "serviceRequest:sr-capital"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-consortium-bid"
              },
              "outcome": "approved",
              "rule": "Services.S12.TenderSubmissions",
              "clauses": [
                "G10",
                "S12"
              ],
              "reasons": [
                "Hidroterm Bistrița SRL (org-hidroterm) requested S12 (preparing tender submissions and support in tender disputes) on 2026-02-10 and has been a member since 2019-03-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S12 (preparing tender submissions and support in tender disputes) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S12.members-only-service"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm",
                "serviceRequest:sr-consortium-bid"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-eco-consult"
              },
              "outcome": "approved",
              "rule": "Services.S5.EcoInnovationConsultancy",
              "clauses": [
                "G10",
                "S5"
              ],
              "reasons": [
                "Asociația Someș Verde (org-somesverde) requested S5 (eco-innovation consultancy) on 2026-02-10 and has been a member since 2022-04-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S5 (eco-innovation consultancy) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S5.members-only-service"
              ],
              "facts": [
                "membership:org-somesverde/2022-04-01",
                "organization:org-somesverde",
                "serviceRequest:sr-eco-consult"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-events"
              },
              "outcome": "approved",
              "rule": "Services.S15.EventManagement",
              "clauses": [
                "G10",
                "S15"
              ],
              "reasons": [
                "Asociația Someș Verde (org-somesverde) requested S15 (event management consultancy) on 2026-02-10 and has been a member since 2022-04-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S15 (event management consultancy) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S15.members-only-service"
              ],
              "facts": [
                "membership:org-somesverde/2022-04-01",
                "organization:org-somesverde",
                "serviceRequest:sr-events"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-export"
              },
              "outcome": "approved",
              "rule": "Services.S13.Internationalisation",
              "clauses": [
                "G10",
                "S13"
              ],
              "reasons": [
                "ReciclaVest Beclean SA (org-reciclavest) requested S13 (internationalisation through partners\u0027 business opportunities) on 2026-02-10 and has been a member since 2021-01-10 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S13 (internationalisation through partners\u0027 business opportunities) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S13.members-only-service"
              ],
              "facts": [
                "membership:org-reciclavest/2021-01-10",
                "organization:org-reciclavest",
                "serviceRequest:sr-export"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-funds-horizon"
              },
              "outcome": "approved",
              "rule": "Services.S4.PublicFundApplications",
              "clauses": [
                "G10",
                "S4"
              ],
              "reasons": [
                "Hidroterm Bistrița SRL (org-hidroterm) requested S4 (preparing an application for EU or Romanian public funds) on 2026-02-10 and has been a member since 2019-03-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "The application is for opportunity opp-horizon-water; whether org-hidroterm should take it through the cluster is the cluster-route decision (G15): see cluster route org-hidroterm/opp-horizon-water (ClusterRoute:org-hidroterm/opp-horizon-water) in the report, when one was requested."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S4.cluster-route"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm",
                "serviceRequest:sr-funds-horizon"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-hlg-advice"
              },
              "outcome": "approved",
              "rule": "Services.S2.HighLevelAdvice",
              "clauses": [
                "G10",
                "S2"
              ],
              "reasons": [
                "Centrul Universitar Nord-Transilvan Bistrița (org-cunt) requested S2 (advice to the high-level group) on 2026-02-10 and has been a member since 2018-09-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S2 (advice to the high-level group) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S2.members-only-service"
              ],
              "facts": [
                "membership:org-cunt/2018-09-01",
                "organization:org-cunt",
                "serviceRequest:sr-hlg-advice"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-labs"
              },
              "outcome": "approved",
              "rule": "Services.S8.ResearchInfrastructure",
              "clauses": [
                "G10",
                "S8"
              ],
              "reasons": [
                "Institutul de Cercetări pentru Mediu și Ecotehnologii Bistrița (org-icme) requested S8 (access to environmental research infrastructure) on 2026-02-10 and has been a member since 2018-09-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S8 (access to environmental research infrastructure) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S8.members-only-service"
              ],
              "facts": [
                "membership:org-icme/2018-09-01",
                "organization:org-icme",
                "serviceRequest:sr-labs"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-legal"
              },
              "outcome": "approved",
              "rule": "Services.S6.EnvironmentalLegislation",
              "clauses": [
                "G10",
                "S6"
              ],
              "reasons": [
                "Senzor Mediu Bistrița SRL (org-senzormediu) requested S6 (environmental legislation advice) on 2026-02-10 and has been a member since 2023-01-15 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S6 (environmental legislation advice) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S6.members-only-service"
              ],
              "facts": [
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "serviceRequest:sr-legal"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-legal-lapsed"
              },
              "outcome": "rejected",
              "rule": "Services.S6.EnvironmentalLegislation",
              "clauses": [
                "G10",
                "S6"
              ],
              "reasons": [
                "Agroplast Beclean SRL (org-agroplast) requested S6 (environmental legislation advice) on 2026-02-10, when it is no longer a member: its membership ended on 2025-06-30; CLEMS offers its services to active members only.",
                "Agroplast Beclean SRL (org-agroplast) requested S6 (environmental legislation advice) on 2026-02-10; it is no longer a member: its membership ended on 2025-06-30 (as of 2026-03-01); CLEMS offers its services to active members only."
              ],
              "reasonCodes": [
                "G10.not-member-when-requested",
                "G10.membership-ended"
              ],
              "facts": [
                "membership:org-agroplast/2019-05-01",
                "organization:org-agroplast",
                "serviceRequest:sr-legal-lapsed"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-marketing"
              },
              "outcome": "approved",
              "rule": "Services.S10.ProductStrategy",
              "clauses": [
                "G10",
                "S10"
              ],
              "reasons": [
                "EcoSol Năsăud SRL (org-ecosol) requested S10 (product development and marketing strategy consultancy) on 2026-02-10 and has been a member since 2020-06-15 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S10 (product development and marketing strategy consultancy) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S10.members-only-service"
              ],
              "facts": [
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "serviceRequest:sr-marketing"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-orgdev"
              },
              "outcome": "approved",
              "rule": "Services.S9.OrganisationalDevelopment",
              "clauses": [
                "G10",
                "S9"
              ],
              "reasons": [
                "Consiliul Județean Bistrița-Năsăud (org-cjbn) requested S9 (organisational development consultancy) on 2026-02-10 and has been a member since 2018-09-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S9 (organisational development consultancy) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S9.members-only-service"
              ],
              "facts": [
                "membership:org-cjbn/2018-09-01",
                "organization:org-cjbn",
                "serviceRequest:sr-orgdev"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-pmo-alone"
              },
              "outcome": "rejected",
              "rule": "Services.S1.ProjectManagementOffice",
              "clauses": [
                "G10",
                "S1"
              ],
              "reasons": [
                "A project management office (S1) serves projects of several organisations: it needs at least 2 participating organisations, and request sr-pmo-alone has 1 (EcoSol Năsăud SRL (org-ecosol))."
              ],
              "reasonCodes": [
                "S1.too-few-organizations"
              ],
              "facts": [
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "serviceRequest:sr-pmo-alone"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-pmo-wwtp"
              },
              "outcome": "approved",
              "rule": "Services.S1.ProjectManagementOffice",
              "clauses": [
                "G10",
                "S1"
              ],
              "reasons": [
                "Hidroterm Bistrița SRL (org-hidroterm) requested S1 (project management office) on 2026-02-10 and has been a member since 2019-03-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "The project has 3 participating organisations (Centrul Universitar Nord-Transilvan Bistrița (org-cunt), EcoSol Năsăud SRL (org-ecosol) and Hidroterm Bistrița SRL (org-hidroterm)); a project management office (S1) needs at least 2."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S1.organizations"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm",
                "serviceRequest:sr-pmo-wwtp"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-suppliers"
              },
              "outcome": "approved",
              "rule": "Services.S7.SupplierCollaboration",
              "clauses": [
                "G10",
                "S7"
              ],
              "reasons": [
                "Hidroterm Bistrița SRL (org-hidroterm) requested S7 (collaboration with suppliers of environmental services and equipment) on 2026-02-10 and has been a member since 2019-03-01 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S7 (collaboration with suppliers of environmental services and equipment) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S7.members-only-service"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm",
                "serviceRequest:sr-suppliers"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-tender-watch"
              },
              "outcome": "approved",
              "rule": "Services.S11.TenderMonitoring",
              "clauses": [
                "G10",
                "S11"
              ],
              "reasons": [
                "Senzor Mediu Bistrița SRL (org-senzormediu) requested S11 (tender monitoring) on 2026-02-10 and has been a member since 2023-01-15 (as of 2026-03-01); CLEMS offers its services to active members.",
                "S11 (tender monitoring) is offered to active members only; it has no further condition."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S11.members-only-service"
              ],
              "facts": [
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "serviceRequest:sr-tender-watch"
              ]
            },
            {
              "subject": {
                "kind": "serviceRequest",
                "id": "sr-tender-watch-early"
              },
              "outcome": "rejected",
              "rule": "Services.S11.TenderMonitoring",
              "clauses": [
                "G10",
                "S11"
              ],
              "reasons": [
                "GeoSan Remediere SRL (org-geosan) requested S11 (tender monitoring) on 2026-02-10, when it is not yet a member: its membership starts on 2026-04-01; CLEMS offers its services to active members only.",
                "GeoSan Remediere SRL (org-geosan) requested S11 (tender monitoring) on 2026-02-10; it is not yet a member: its membership starts on 2026-04-01 (as of 2026-03-01); CLEMS offers its services to active members only."
              ],
              "reasonCodes": [
                "G10.not-member-when-requested",
                "G10.membership-not-started"
              ],
              "facts": [
                "membership:org-geosan/2026-04-01",
                "organization:org-geosan",
                "serviceRequest:sr-tender-watch-early"
              ]
            },
            {
              "subject": {
                "kind": "advertisingItem",
                "id": "ad-compost"
              },
              "outcome": "rejected",
              "rule": "Advertising.PublicationRejected",
              "clauses": [
                "G10",
                "S14"
              ],
              "reasons": [
                "Approval ap-compost was given for content with SHA-256 6eb4f30edd6c…, but item ad-compost now has SHA-256 9affb46868f0…: the item was edited after approval, which voids it."
              ],
              "reasonCodes": [
                "S14.content-changed"
              ],
              "facts": [
                "advertisingApproval:ap-compost",
                "advertisingItem:ad-compost",
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol"
              ]
            },
            {
              "subject": {
                "kind": "advertisingItem",
                "id": "ad-filters"
              },
              "outcome": "approved",
              "rule": "Advertising.PublicationApproved",
              "clauses": [
                "G10",
                "S14"
              ],
              "reasons": [
                "Hidroterm Bistrița SRL (org-hidroterm) has been a member since 2019-03-01 (as of 2026-03-01); the advertising channel (S14) is for active members.",
                "Approval ap-filters, given on 2026-02-20, covers item ad-filters as it is now: content SHA-256 e9b4dfc88619…, channel newsletter, valid from 2026-03-01 to 2026-03-31, which includes the publication date 2026-03-10."
              ],
              "reasonCodes": [
                "G10.active-member",
                "S14.approved"
              ],
              "facts": [
                "advertisingApproval:ap-filters",
                "advertisingItem:ad-filters",
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm"
              ]
            },
            {
              "subject": {
                "kind": "advertisingItem",
                "id": "ad-pellets"
              },
              "outcome": "rejected",
              "rule": "Advertising.PublicationRejected",
              "clauses": [
                "G10",
                "S14"
              ],
              "reasons": [
                "Lemnotec Sângeorz-Băi SRL (org-lemnotec), which advertises item ad-pellets (newsletter, to publish on 2026-03-12), has a membership that is suspended from 2026-01-01 (as of 2026-03-01); the advertising channel (S14) is for active members only.",
                "No approval names item ad-pellets (newsletter, to publish on 2026-03-12); each item needs its own approval before publication, and an approval of another item never covers it."
              ],
              "reasonCodes": [
                "G10.membership-suspended",
                "S14.no-approval"
              ],
              "facts": [
                "advertisingItem:ad-pellets",
                "membership:org-lemnotec/2026-01-01",
                "organization:org-lemnotec"
              ]
            },
            {
              "subject": {
                "kind": "tenderAlert",
                "id": "t-bn-wwtp/org-hidroterm"
              },
              "outcome": "alerted",
              "rule": "Tenders.Alert",
              "clauses": [
                "G10",
                "S11"
              ],
              "reasons": [
                "CPV code 45252127-4 of tender t-bn-wwtp (Extension of the Bistrița wastewater treatment plant) starts with 4525, a prefix in the profile of Hidroterm Bistrița SRL (org-hidroterm).",
                "The tender is in RO, a country in the profile.",
                "The estimated value 8,500,000.00 RON is within the profile\u0027s range from 200,000.00 RON to 20,000,000.00 RON.",
                "The deadline 2026-03-20T12:00:00 \u002B02 Europe/Bucharest (2026-03-20T10:00:00Z) is after the as-of instant 2026-02-28T22:00:00Z (the start of 2026-03-01 in Europe/Bucharest).",
                "Hidroterm Bistrița SRL (org-hidroterm) has been a member since 2019-03-01 (as of 2026-03-01); tender monitoring (S11) is for active members."
              ],
              "reasonCodes": [
                "S11.cpv-prefix",
                "S11.country",
                "S11.value",
                "S11.deadline-open",
                "G10.active-member"
              ],
              "facts": [
                "membership:org-hidroterm/2019-03-01",
                "organization:org-hidroterm",
                "tender:t-bn-wwtp",
                "tenderProfile:org-hidroterm"
              ]
            },
            {
              "subject": {
                "kind": "tenderAlert",
                "id": "t-sb-air/org-senzormediu"
              },
              "outcome": "alerted",
              "rule": "Tenders.Alert",
              "clauses": [
                "G10",
                "S11"
              ],
              "reasons": [
                "CPV code 38432000-2 of tender t-sb-air (Air-quality monitoring stations, Sibiu) starts with 38, a prefix in the profile of Senzor Mediu Bistrița SRL (org-senzormediu).",
                "The tender is in RO, a country in the profile.",
                "The estimated value 120,000.00 EUR is within the profile\u0027s range from 50,000.00 EUR to 2,000,000.00 EUR.",
                "The deadline 2026-04-02T10:00:00 \u002B03 Europe/Bucharest (2026-04-02T07:00:00Z) is after the as-of instant 2026-02-28T22:00:00Z (the start of 2026-03-01 in Europe/Bucharest).",
                "Senzor Mediu Bistrița SRL (org-senzormediu) has been a member since 2023-01-15 (as of 2026-03-01); tender monitoring (S11) is for active members."
              ],
              "reasonCodes": [
                "S11.cpv-prefix",
                "S11.country",
                "S11.value",
                "S11.deadline-open",
                "G10.active-member"
              ],
              "facts": [
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "tender:t-sb-air",
                "tenderProfile:org-senzormediu"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-air-quality-map"
              },
              "outcome": "notAllocated",
              "rule": "Allocation.ProjectNotRunnable",
              "clauses": [
                "G11",
                "G16"
              ],
              "reasons": [
                "Project init-air-quality-map is not runnable (see the decisions on initiative init-air-quality-map), so its places are not allocated."
              ],
              "reasonCodes": [
                "G16.project-not-runnable"
              ],
              "facts": [
                "project:init-air-quality-map"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-membrane-pilot"
              },
              "outcome": "allocated",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Project init-membrane-pilot offers 1 place; 0 eligible interests; 0 admitted.",
                "Members are ranked by preparationCommitment, then committedAmount, then earlierCommitment, then involvement, then lottery (the framework\u0027s default criteria)."
              ],
              "reasonCodes": [
                "G16.places",
                "G8.key"
              ],
              "facts": [
                "project:init-membrane-pilot"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-ro-compost-hubs"
              },
              "outcome": "allocated",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Project init-ro-compost-hubs offers 3 places; 3 eligible interests; 2 admitted.",
                "Members are ranked by preparationCommitment, then committedAmount, then earlierCommitment, then involvement, then lottery (the framework\u0027s default criteria)."
              ],
              "reasonCodes": [
                "G16.places",
                "G8.key"
              ],
              "facts": [
                "project:init-ro-compost-hubs"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-ro-noise-sensors"
              },
              "outcome": "notAllocated",
              "rule": "Allocation.NoAgreedRules",
              "clauses": [
                "G16"
              ],
              "reasons": [
                "Project init-ro-noise-sensors has 2 eligible interests for 1 place, so an internal competition must decide.",
                "Its competition rules were not agreed before the freeze at 2026-02-15T10:00:00Z by org-cjbn; every potential participant must agree before the competition."
              ],
              "reasonCodes": [
                "G16.oversubscribed",
                "G16.rules-not-agreed"
              ],
              "facts": [
                "interest:init-ro-noise-sensors/org-cjbn",
                "interest:init-ro-noise-sensors/org-senzormediu",
                "membership:org-cjbn/2018-09-01",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-cjbn",
                "organization:org-senzormediu",
                "project:init-ro-noise-sensors"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-rooftop-solar"
              },
              "outcome": "allocated",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Project init-rooftop-solar offers 1 place; 2 eligible interests; 1 admitted.",
                "Members are ranked by preparationCommitment, then committedAmount, then earlierCommitment, then involvement, then lottery (the framework\u0027s default criteria).",
                "The cutoff is rank 1: org-reciclavest with key (preparationCommitment no; committedAmount none; earlierCommitment none; involvement 15 person-days; lottery 1487551b8fb942d2)."
              ],
              "reasonCodes": [
                "G16.places",
                "G8.key",
                "G16.cutoff"
              ],
              "facts": [
                "interest:init-rooftop-solar/org-reciclavest",
                "membership:org-reciclavest/2021-01-10",
                "organization:org-reciclavest",
                "project:init-rooftop-solar"
              ]
            },
            {
              "subject": {
                "kind": "project",
                "id": "init-wastewater-monitoring"
              },
              "outcome": "allocated",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Project init-wastewater-monitoring offers 2 places; 4 eligible interests; 2 admitted.",
                "Members are ranked by preparationCommitment, then committedAmount, then earlierCommitment, then lottery (the criteria its participants agreed).",
                "The cutoff is rank 2: org-senzormediu with key (preparationCommitment no; committedAmount 5,000.00 RON; earlierCommitment 2026-02-01T09:00:00Z; lottery 1837de26fca93076)."
              ],
              "reasonCodes": [
                "G16.places",
                "G8.key",
                "G16.cutoff"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-senzormediu",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "project:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-air-quality-map/org-cunt"
              },
              "outcome": "ineligible",
              "rule": "Allocation.Eligibility",
              "clauses": [
                "G3",
                "G8",
                "G10",
                "G16"
              ],
              "reasons": [
                "Project init-air-quality-map is not runnable as of 2026-03-01 (see its G9–G11 decisions), so it allocates no places."
              ],
              "reasonCodes": [
                "G16.project-not-runnable"
              ],
              "facts": [
                "interest:init-air-quality-map/org-cunt",
                "membership:org-cunt/2018-09-01",
                "organization:org-cunt",
                "project:init-air-quality-map"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-membrane-pilot/org-cunt"
              },
              "outcome": "ineligible",
              "rule": "Allocation.Eligibility",
              "clauses": [
                "G3",
                "G8",
                "G10",
                "G16"
              ],
              "reasons": [
                "Project init-membrane-pilot is confidential and org-cunt has not signed its confidentiality agreement; it must sign before it is involved."
              ],
              "reasonCodes": [
                "G3.no-agreement"
              ],
              "facts": [
                "interest:init-membrane-pilot/org-cunt",
                "membership:org-cunt/2018-09-01",
                "organization:org-cunt",
                "project:init-membrane-pilot"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-compost-hubs/org-cjbn"
              },
              "outcome": "admitted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Admitted to init-ro-compost-hubs at rank 1 of 3 for 3 places, with key (preparationCommitment yes; committedAmount 500.00 RON; earlierCommitment 2026-01-29T10:00:00Z; involvement 5 person-days; lottery 2abf93c18fc441c1)."
              ],
              "reasonCodes": [
                "G16.admitted"
              ],
              "facts": [
                "interest:init-ro-compost-hubs/org-cjbn",
                "membership:org-cjbn/2018-09-01",
                "organization:org-cjbn",
                "project:init-ro-compost-hubs"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-compost-hubs/org-ecosol"
              },
              "outcome": "admitted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Admitted to init-ro-compost-hubs at rank 3 of 3 for 3 places, with key (preparationCommitment yes; committedAmount none; earlierCommitment 2026-01-28T10:00:00Z; involvement 18 person-days; lottery c0130aa3342bd29b)."
              ],
              "reasonCodes": [
                "G16.admitted"
              ],
              "facts": [
                "interest:init-ro-compost-hubs/org-ecosol",
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "project:init-ro-compost-hubs"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-compost-hubs/org-icme"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Its cap of 1 place was filled by init-wastewater-monitoring, which it ranked higher than init-ro-compost-hubs; it did not compete here."
              ],
              "reasonCodes": [
                "G16.not-reached"
              ],
              "facts": [
                "interest:init-ro-compost-hubs/org-icme",
                "membership:org-icme/2018-09-01",
                "organization:org-icme",
                "project:init-ro-compost-hubs"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-compost-hubs/org-somesverde"
              },
              "outcome": "ineligible",
              "rule": "Allocation.Eligibility",
              "clauses": [
                "G3",
                "G8",
                "G10",
                "G16"
              ],
              "reasons": [
                "Project init-ro-compost-hubs requires resources committed in the preparation phase, and org-somesverde committed none there."
              ],
              "reasonCodes": [
                "G8.no-preparation-commitment"
              ],
              "facts": [
                "interest:init-ro-compost-hubs/org-somesverde",
                "membership:org-somesverde/2022-04-01",
                "organization:org-somesverde",
                "project:init-ro-compost-hubs"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-noise-sensors/org-cjbn"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.NoAgreedRules",
              "clauses": [
                "G16"
              ],
              "reasons": [
                "Project init-ro-noise-sensors made no allocation: its competition rules were not agreed by every potential participant before the competition."
              ],
              "reasonCodes": [
                "G16.project-not-allocated"
              ],
              "facts": [
                "interest:init-ro-noise-sensors/org-cjbn",
                "membership:org-cjbn/2018-09-01",
                "organization:org-cjbn",
                "project:init-ro-noise-sensors"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-ro-noise-sensors/org-senzormediu"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.NoAgreedRules",
              "clauses": [
                "G16"
              ],
              "reasons": [
                "Project init-ro-noise-sensors made no allocation: its competition rules were not agreed by every potential participant before the competition."
              ],
              "reasonCodes": [
                "G16.project-not-allocated"
              ],
              "facts": [
                "interest:init-ro-noise-sensors/org-senzormediu",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "project:init-ro-noise-sensors"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-rooftop-solar/org-reciclavest"
              },
              "outcome": "admitted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Admitted to init-rooftop-solar at rank 1 of 2 for 1 place, with key (preparationCommitment no; committedAmount none; earlierCommitment none; involvement 15 person-days; lottery 1487551b8fb942d2)."
              ],
              "reasonCodes": [
                "G16.admitted"
              ],
              "facts": [
                "interest:init-rooftop-solar/org-reciclavest",
                "membership:org-reciclavest/2021-01-10",
                "organization:org-reciclavest",
                "project:init-rooftop-solar"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-rooftop-solar/org-somesverde"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Ranked 2 of 2 for 1 place at init-rooftop-solar, below the cutoff at rank 1: it lost on lottery with b2ac6b307efe0de6 against the cutoff\u0027s 1487551b8fb942d2."
              ],
              "reasonCodes": [
                "G16.below-cutoff"
              ],
              "facts": [
                "interest:init-rooftop-solar/org-somesverde",
                "membership:org-somesverde/2022-04-01",
                "organization:org-somesverde",
                "project:init-rooftop-solar"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-wastewater-monitoring/org-cunt"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Ranked 3 of 4 for 2 places at init-wastewater-monitoring, below the cutoff at rank 2: it lost on earlierCommitment with 2026-02-03T09:00:00Z against the cutoff\u0027s 2026-02-01T09:00:00Z."
              ],
              "reasonCodes": [
                "G16.below-cutoff"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-cunt",
                "membership:org-cunt/2018-09-01",
                "organization:org-cunt",
                "project:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-wastewater-monitoring/org-ecosol"
              },
              "outcome": "waitlisted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Ranked 4 of 4 for 2 places at init-wastewater-monitoring, below the cutoff at rank 2: it lost on committedAmount with 1,000.00 RON against the cutoff\u0027s 5,000.00 RON."
              ],
              "reasonCodes": [
                "G16.below-cutoff"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-ecosol",
                "membership:org-ecosol/2020-06-15",
                "organization:org-ecosol",
                "project:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-wastewater-monitoring/org-geosan"
              },
              "outcome": "ineligible",
              "rule": "Allocation.Eligibility",
              "clauses": [
                "G3",
                "G8",
                "G10",
                "G16"
              ],
              "reasons": [
                "GeoSan Remediere SRL (org-geosan) is not yet a member: its membership starts on 2026-04-01 (as of 2026-03-01); only active members take part."
              ],
              "reasonCodes": [
                "G10.membership-not-started"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-geosan",
                "membership:org-geosan/2026-04-01",
                "organization:org-geosan",
                "project:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-wastewater-monitoring/org-icme"
              },
              "outcome": "admitted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Admitted to init-wastewater-monitoring at rank 1 of 4 for 2 places, with key (preparationCommitment yes; committedAmount 2,000.00 RON; earlierCommitment 2026-01-30T09:00:00Z; lottery 6525c211c890cd59)."
              ],
              "reasonCodes": [
                "G16.admitted"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-icme",
                "membership:org-icme/2018-09-01",
                "organization:org-icme",
                "project:init-wastewater-monitoring"
              ]
            },
            {
              "subject": {
                "kind": "interest",
                "id": "init-wastewater-monitoring/org-senzormediu"
              },
              "outcome": "admitted",
              "rule": "Allocation.Outcome",
              "clauses": [
                "G8",
                "G16"
              ],
              "reasons": [
                "Admitted to init-wastewater-monitoring at rank 2 of 4 for 2 places, with key (preparationCommitment no; committedAmount 5,000.00 RON; earlierCommitment 2026-02-01T09:00:00Z; lottery 1837de26fca93076)."
              ],
              "reasonCodes": [
                "G16.admitted"
              ],
              "facts": [
                "interest:init-wastewater-monitoring/org-senzormediu",
                "membership:org-senzormediu/2023-01-15",
                "organization:org-senzormediu",
                "project:init-wastewater-monitoring"
              ]
            }
          ],
          "allocation": {
            "projects": [
              {
                "project": "init-air-quality-map",
                "places": 2,
                "allocated": false,
                "criteria": [
                  "preparationCommitment",
                  "committedAmount",
                  "earlierCommitment",
                  "involvement",
                  "lottery"
                ],
                "cutoffRank": null,
                "entries": [
                  {
                    "member": "org-cunt",
                    "rank": null,
                    "outcome": "ineligible",
                    "key": []
                  }
                ]
              },
              {
                "project": "init-membrane-pilot",
                "places": 1,
                "allocated": true,
                "criteria": [
                  "preparationCommitment",
                  "committedAmount",
                  "earlierCommitment",
                  "involvement",
                  "lottery"
                ],
                "cutoffRank": null,
                "entries": [
                  {
                    "member": "org-cunt",
                    "rank": null,
                    "outcome": "ineligible",
                    "key": []
                  }
                ]
              },
              {
                "project": "init-ro-compost-hubs",
                "places": 3,
                "allocated": true,
                "criteria": [
                  "preparationCommitment",
                  "committedAmount",
                  "earlierCommitment",
                  "involvement",
                  "lottery"
                ],
                "cutoffRank": null,
                "entries": [
                  {
                    "member": "org-cjbn",
                    "rank": 1,
                    "outcome": "admitted",
                    "key": [
                      "yes",
                      "500.00 RON",
                      "2026-01-29T10:00:00Z",
                      "5 person-days",
                      "2abf93c18fc441c1",
                      "org-cjbn"
                    ]
                  },
                  {
                    "member": "org-icme",
                    "rank": 2,
                    "outcome": "notReached",
                    "key": [
                      "yes",
                      "none",
                      "2026-01-28T09:00:00Z",
                      "15 person-days",
                      "8964b7ec6bd6a4cf",
                      "org-icme"
                    ]
                  },
                  {
                    "member": "org-ecosol",
                    "rank": 3,
                    "outcome": "admitted",
                    "key": [
                      "yes",
                      "none",
                      "2026-01-28T10:00:00Z",
                      "18 person-days",
                      "c0130aa3342bd29b",
                      "org-ecosol"
                    ]
                  },
                  {
                    "member": "org-somesverde",
                    "rank": null,
                    "outcome": "ineligible",
                    "key": []
                  }
                ]
              },
              {
                "project": "init-ro-noise-sensors",
                "places": 1,
                "allocated": false,
                "criteria": [
                  "preparationCommitment",
                  "involvement",
                  "lottery"
                ],
                "cutoffRank": null,
                "entries": [
                  {
                    "member": "org-senzormediu",
                    "rank": 1,
                    "outcome": "notAllocated",
                    "key": [
                      "no",
                      "30 person-days",
                      "6c32a761681e8330",
                      "org-senzormediu"
                    ]
                  },
                  {
                    "member": "org-cjbn",
                    "rank": 2,
                    "outcome": "notAllocated",
                    "key": [
                      "no",
                      "12 person-days",
                      "ca312571693331de",
                      "org-cjbn"
                    ]
                  }
                ]
              },
              {
                "project": "init-rooftop-solar",
                "places": 1,
                "allocated": true,
                "criteria": [
                  "preparationCommitment",
                  "committedAmount",
                  "earlierCommitment",
                  "involvement",
                  "lottery"
                ],
                "cutoffRank": 1,
                "entries": [
                  {
                    "member": "org-reciclavest",
                    "rank": 1,
                    "outcome": "admitted",
                    "key": [
                      "no",
                      "none",
                      "none",
                      "15 person-days",
                      "1487551b8fb942d2",
                      "org-reciclavest"
                    ]
                  },
                  {
                    "member": "org-somesverde",
                    "rank": 2,
                    "outcome": "belowCutoff",
                    "key": [
                      "no",
                      "none",
                      "none",
                      "15 person-days",
                      "b2ac6b307efe0de6",
                      "org-somesverde"
                    ]
                  }
                ]
              },
              {
                "project": "init-wastewater-monitoring",
                "places": 2,
                "allocated": true,
                "criteria": [
                  "preparationCommitment",
                  "committedAmount",
                  "earlierCommitment",
                  "lottery"
                ],
                "cutoffRank": 2,
                "entries": [
                  {
                    "member": "org-icme",
                    "rank": 1,
                    "outcome": "admitted",
                    "key": [
                      "yes",
                      "2,000.00 RON",
                      "2026-01-30T09:00:00Z",
                      "6525c211c890cd59",
                      "org-icme"
                    ]
                  },
                  {
                    "member": "org-senzormediu",
                    "rank": 2,
                    "outcome": "admitted",
                    "key": [
                      "no",
                      "5,000.00 RON",
                      "2026-02-01T09:00:00Z",
                      "1837de26fca93076",
                      "org-senzormediu"
                    ]
                  },
                  {
                    "member": "org-cunt",
                    "rank": 3,
                    "outcome": "belowCutoff",
                    "key": [
                      "no",
                      "5,000.00 RON",
                      "2026-02-03T09:00:00Z",
                      "850f008d4dda1827",
                      "org-cunt"
                    ]
                  },
                  {
                    "member": "org-ecosol",
                    "rank": 4,
                    "outcome": "belowCutoff",
                    "key": [
                      "no",
                      "1,000.00 RON",
                      "2026-02-02T09:00:00Z",
                      "80c555b896e9a254",
                      "org-ecosol"
                    ]
                  },
                  {
                    "member": "org-geosan",
                    "rank": null,
                    "outcome": "ineligible",
                    "key": []
                  }
                ]
              }
            ],
            "members": [
              {
                "member": "org-cjbn",
                "cap": null,
                "ranking": [
                  "init-ro-compost-hubs",
                  "init-ro-noise-sensors"
                ],
                "places": [
                  "init-ro-compost-hubs"
                ]
              },
              {
                "member": "org-cunt",
                "cap": null,
                "ranking": [
                  "init-wastewater-monitoring",
                  "init-air-quality-map",
                  "init-membrane-pilot"
                ],
                "places": []
              },
              {
                "member": "org-ecosol",
                "cap": null,
                "ranking": [
                  "init-wastewater-monitoring",
                  "init-ro-compost-hubs"
                ],
                "places": [
                  "init-ro-compost-hubs"
                ]
              },
              {
                "member": "org-geosan",
                "cap": null,
                "ranking": [
                  "init-wastewater-monitoring"
                ],
                "places": []
              },
              {
                "member": "org-icme",
                "cap": 1,
                "ranking": [
                  "init-wastewater-monitoring",
                  "init-ro-compost-hubs"
                ],
                "places": [
                  "init-wastewater-monitoring"
                ]
              },
              {
                "member": "org-reciclavest",
                "cap": null,
                "ranking": [
                  "init-rooftop-solar"
                ],
                "places": [
                  "init-rooftop-solar"
                ]
              },
              {
                "member": "org-senzormediu",
                "cap": null,
                "ranking": [
                  "init-wastewater-monitoring",
                  "init-ro-noise-sensors"
                ],
                "places": [
                  "init-wastewater-monitoring"
                ]
              },
              {
                "member": "org-somesverde",
                "cap": null,
                "ranking": [
                  "init-rooftop-solar",
                  "init-ro-compost-hubs"
                ],
                "places": []
              }
            ]
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
