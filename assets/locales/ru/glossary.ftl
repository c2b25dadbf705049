### Термины сети. Источники:
### - Европейский регион ВОЗ: документ ЕРБ ВОЗ EUR/RC67/9 (копия). Остальные
###   названия регионов: обычная форма, не проверена на who.int.
### - Название рамочной программы, пять стратегий, уровни, компетенции и
###   аудитории: перевод Stoa, ещё не сверенный с текстом ВОЗ (A69/39).

-framework = Рамочная программа по комплексным, ориентированным на людей услугам здравоохранения
-stoa = Stoa
-strategy-engaging-people = Расширение прав и возможностей людей и сообществ и их вовлечение
-strategy-governance = Укрепление руководства и подотчетности
-strategy-model-of-care = Переориентация модели оказания помощи
-strategy-coordinating-services = Координация услуг внутри секторов и между ними
-strategy-enabling-environment = Создание благоприятных условий
-strategy-short-engaging-people = вовлечение людей
-strategy-short-governance = руководство
-strategy-short-model-of-care = модель помощи
-strategy-short-coordinating-services = координация услуг
-strategy-short-enabling-environment = благоприятные условия
-region-african = Африканский регион
-region-americas = Регион стран Америки
-region-south-east-asia = Регион Юго-Восточной Азии
-region-european = Европейский регион
-region-eastern-mediterranean = Регион Восточного Средиземноморья
-region-western-pacific = Регион Западной части Тихого океана
-region-global = Глобально
-region-short-african = Африка
-region-short-americas = Америка
-region-short-south-east-asia = ЮВ Азия
-region-short-european = Европа
-region-short-eastern-mediterranean = Вост. Средизем.
-region-short-western-pacific = Зап. Тихий океан
-region-short-global = Глобально
-level-emerging = формирующаяся
-level-promising = перспективная
-level-leading = передовая
-level-brilliant-failure = поучительная неудача
-level-not-assessed = ещё не оценена
-competency-communication = коммуникация
-competency-relationships = взаимоотношения
-competency-people-centred-care = помощь, ориентированная на людей
-competency-continuous-learning = непрерывное обучение
-audience-people-using-services = люди, пользующиеся услугами
-audience-staff = персонал
-audience-employers = работодатели
-audience-educators = преподаватели
-audience-commissioners = заказчики услуг

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
multiple-streams = несколько направлений
multiple-streams-of = несколько направлений: { $names }
