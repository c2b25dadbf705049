### The network's own terms. Every catalogue uses these terms ({ -name })
### rather than its own wording, so a term reads the same on every screen.
### Each language's glossary says where its wording comes from: WHO's own
### text where we have seen it, and says so where the wording is Stoa's.
### English: WHO, Framework on integrated, people-centred health services
### (A69/39, 2016), and the WHO regions as WHO names them.

-framework = Framework on integrated, people-centred health services
-stoa = Stoa

## The five strategies: full names, then the few words lists use.
-strategy-engaging-people = Empowering and engaging people and communities
-strategy-governance = Strengthening governance and accountability
-strategy-model-of-care = Reorienting the model of care
-strategy-coordinating-services = Coordinating services within and across sectors
-strategy-enabling-environment = Creating an enabling environment
-strategy-short-engaging-people = engaging people
-strategy-short-governance = governance
-strategy-short-model-of-care = model of care
-strategy-short-coordinating-services = coordinating services
-strategy-short-enabling-environment = enabling environment

## The WHO regions, then a word or two for lists.
-region-african = African Region
-region-americas = Region of the Americas
-region-south-east-asia = South-East Asia Region
-region-european = European Region
-region-eastern-mediterranean = Eastern Mediterranean Region
-region-western-pacific = Western Pacific Region
-region-global = Global
-region-short-african = Africa
-region-short-americas = Americas
-region-short-south-east-asia = South-East Asia
-region-short-european = Europe
-region-short-eastern-mediterranean = Eastern Med.
-region-short-western-pacific = Western Pacific
-region-short-global = Global

## Where a practice stands (Stoa's levels, not WHO's).
-level-emerging = emerging
-level-promising = promising
-level-leading = leading
-level-brilliant-failure = brilliant failure
-level-not-assessed = not yet assessed

## The competency areas of coordinated care (the competency guide in seeds/003).
-competency-communication = communication
-competency-relationships = relationships
-competency-people-centred-care = people-centred care
-competency-continuous-learning = continuous learning

## The network's audiences.
-audience-people-using-services = people who use services
-audience-staff = staff
-audience-employers = employers
-audience-educators = educators
-audience-commissioners = commissioners

## The terms as the code asks for them: a term cannot be looked up itself, and
## a message cannot share a term's name.
term-framework = { -framework }
term-strategy-engaging-people = { -strategy-engaging-people }
term-strategy-governance = { -strategy-governance }
term-strategy-model-of-care = { -strategy-model-of-care }
term-strategy-coordinating-services = { -strategy-coordinating-services }
term-strategy-enabling-environment = { -strategy-enabling-environment }
term-strategy-short-engaging-people = { -strategy-short-engaging-people }
term-strategy-short-governance = { -strategy-short-governance }
term-strategy-short-model-of-care = { -strategy-short-model-of-care }
term-strategy-short-coordinating-services = { -strategy-short-coordinating-services }
term-strategy-short-enabling-environment = { -strategy-short-enabling-environment }
term-region-african = { -region-african }
term-region-americas = { -region-americas }
term-region-south-east-asia = { -region-south-east-asia }
term-region-european = { -region-european }
term-region-eastern-mediterranean = { -region-eastern-mediterranean }
term-region-western-pacific = { -region-western-pacific }
term-region-global = { -region-global }
term-region-short-african = { -region-short-african }
term-region-short-americas = { -region-short-americas }
term-region-short-south-east-asia = { -region-short-south-east-asia }
term-region-short-european = { -region-short-european }
term-region-short-eastern-mediterranean = { -region-short-eastern-mediterranean }
term-region-short-western-pacific = { -region-short-western-pacific }
term-region-short-global = { -region-short-global }
term-level-emerging = { -level-emerging }
term-level-promising = { -level-promising }
term-level-leading = { -level-leading }
term-level-brilliant-failure = { -level-brilliant-failure }
term-level-not-assessed = { -level-not-assessed }
term-competency-communication = { -competency-communication }
term-competency-relationships = { -competency-relationships }
term-competency-people-centred-care = { -competency-people-centred-care }
term-competency-continuous-learning = { -competency-continuous-learning }
term-audience-people-using-services = { -audience-people-using-services }
term-audience-staff = { -audience-staff }
term-audience-employers = { -audience-employers }
term-audience-educators = { -audience-educators }
term-audience-commissioners = { -audience-commissioners }
multiple-streams = multiple streams
multiple-streams-of = multiple streams: { $names }
