### Les termes du réseau. Sources :
### - « Cadre pour des services de santé intégrés centrés sur la personne » : titre
###   du document de l'Assemblée mondiale de la Santé A69/B/CONF./5 (2016), vu sur
###   une copie (frdocs.com), non sur who.int.
### - Région africaine : afro.who.int ; Région des Amériques : document de l'OPS ;
###   Méditerranée orientale, Pacifique occidental : pages de l'OMS (forme courte).
###   Les autres noms de régions : forme usuelle, non vérifiée sur who.int.
### - Les cinq stratégies, les niveaux, les compétences et les publics :
###   traduction de Stoa, pas encore vérifiée contre le texte de l'OMS (A69/39).

-framework = Cadre pour des services de santé intégrés centrés sur la personne
-stoa = Stoa
-strategy-engaging-people = Autonomiser et mobiliser les personnes et les communautés
-strategy-governance = Renforcer la gouvernance et la responsabilisation
-strategy-model-of-care = Réorienter le modèle de soins
-strategy-coordinating-services = Coordonner les services au sein des secteurs et entre eux
-strategy-enabling-environment = Créer un environnement favorable
-strategy-short-engaging-people = mobiliser les personnes
-strategy-short-governance = gouvernance
-strategy-short-model-of-care = modèle de soins
-strategy-short-coordinating-services = coordination des services
-strategy-short-enabling-environment = environnement favorable
-region-african = Région africaine
-region-americas = Région des Amériques
-region-south-east-asia = Région de l'Asie du Sud-Est
-region-european = Région européenne
-region-eastern-mediterranean = Région de la Méditerranée orientale
-region-western-pacific = Région du Pacifique occidental
-region-global = Mondial
-region-short-african = Afrique
-region-short-americas = Amériques
-region-short-south-east-asia = Asie du Sud-Est
-region-short-european = Europe
-region-short-eastern-mediterranean = Médit. orientale
-region-short-western-pacific = Pacifique occ.
-region-short-global = Mondial
-level-emerging = émergente
-level-promising = prometteuse
-level-leading = de référence
-level-brilliant-failure = échec riche d'enseignements
-level-not-assessed = pas encore évaluée
-competency-communication = communication
-competency-relationships = relations
-competency-people-centred-care = soins centrés sur la personne
-competency-continuous-learning = apprentissage continu
-audience-people-using-services = personnes qui utilisent les services
-audience-staff = personnel
-audience-employers = employeurs
-audience-educators = formateurs et enseignants
-audience-commissioners = acheteurs de services

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
multiple-streams = plusieurs axes
multiple-streams-of = plusieurs axes : { $names }
