### Los términos de la red. Fuentes:
### - «Marco sobre servicios de salud integrados y centrados en la persona»: título
###   del documento A69/39 en el catálogo de la BVS (BIREME, OPS/OMS).
### - Región de Europa: documento de la OMS A64/13 (copia). Los demás nombres de
###   regiones: forma usual, no verificada en who.int.
### - Las cinco estrategias, los niveles, las competencias y los públicos:
###   traducción de Stoa, aún no cotejada con el texto de la OMS (A69/39).

-framework = Marco sobre servicios de salud integrados y centrados en la persona
-stoa = Stoa
-strategy-engaging-people = Empoderar e involucrar a las personas y las comunidades
-strategy-governance = Fortalecer la gobernanza y la rendición de cuentas
-strategy-model-of-care = Reorientar el modelo de atención
-strategy-coordinating-services = Coordinar los servicios dentro de los sectores y entre ellos
-strategy-enabling-environment = Crear un entorno propicio
-strategy-short-engaging-people = involucrar a las personas
-strategy-short-governance = gobernanza
-strategy-short-model-of-care = modelo de atención
-strategy-short-coordinating-services = coordinación de servicios
-strategy-short-enabling-environment = entorno propicio
-region-african = Región de África
-region-americas = Región de las Américas
-region-south-east-asia = Región de Asia Sudoriental
-region-european = Región de Europa
-region-eastern-mediterranean = Región del Mediterráneo Oriental
-region-western-pacific = Región del Pacífico Occidental
-region-global = Mundial
-region-short-african = África
-region-short-americas = Américas
-region-short-south-east-asia = Asia Sudoriental
-region-short-european = Europa
-region-short-eastern-mediterranean = Medit. Oriental
-region-short-western-pacific = Pacífico Occ.
-region-short-global = Mundial
-level-emerging = emergente
-level-promising = prometedora
-level-leading = de referencia
-level-brilliant-failure = fracaso instructivo
-level-not-assessed = aún no evaluada
-competency-communication = comunicación
-competency-relationships = relaciones
-competency-people-centred-care = atención centrada en la persona
-competency-continuous-learning = aprendizaje continuo
-audience-people-using-services = personas que utilizan los servicios
-audience-staff = personal
-audience-employers = empleadores
-audience-educators = docentes y formadores
-audience-commissioners = compradores de servicios

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
multiple-streams = varios ejes
multiple-streams-of = varios ejes: { $names }
